due --month 2 --format json
