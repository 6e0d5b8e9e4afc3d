show 3.3.1 --today 2017-09-05 --format json
