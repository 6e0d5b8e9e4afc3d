due --month 1 --format json
