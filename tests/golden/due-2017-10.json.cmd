due --month 10 --format json
