report --unit 区环保局 --today 2017-11-05 --lang en
