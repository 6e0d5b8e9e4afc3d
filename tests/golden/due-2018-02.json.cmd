due --month 2 --year 2018 --format json
