report --today 2017-11-05
