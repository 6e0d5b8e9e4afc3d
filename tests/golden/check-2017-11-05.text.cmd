check --today 2017-11-05
# exit: 1
