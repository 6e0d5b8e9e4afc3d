due --month 6 --format csv
