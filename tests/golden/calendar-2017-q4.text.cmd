calendar --from 2017-10-01 --to 2017-12-31
