calendar --format json --from 2018-01-01 --to 2018-03-31
