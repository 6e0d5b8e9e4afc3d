due --month 7 --format json
