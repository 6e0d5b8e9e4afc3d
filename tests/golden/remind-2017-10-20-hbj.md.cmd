remind --today 2017-10-20 --ahead 14 --unit 区环保局 --format md
