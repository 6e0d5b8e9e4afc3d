due --month 6 --format json
