due --month 6 --format md
