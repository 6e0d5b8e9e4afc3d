due --month 4 --format json
