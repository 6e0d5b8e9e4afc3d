due --month 3 --format json
