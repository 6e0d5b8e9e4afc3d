report --format csv --today 2017-11-05
