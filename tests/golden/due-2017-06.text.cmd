due --month 6
