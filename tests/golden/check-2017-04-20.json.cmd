check --today 2017-04-20 --format json
# exit: 1
