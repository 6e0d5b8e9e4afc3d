when 'every month' --format json --count 3
