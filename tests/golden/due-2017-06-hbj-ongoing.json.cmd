due --month 6 --unit 区环保局 --ongoing --format json
