due --month 5 --format json
