due --month 9 --format json
