show 3.1.2 --today 2017-11-05
