due --month 12 --format json
