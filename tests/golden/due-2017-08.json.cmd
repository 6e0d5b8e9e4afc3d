due --month 8 --format json
