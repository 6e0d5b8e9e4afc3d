due --month 11 --format json
