due --month 12 --year 2019 --format json
