when 国庆节期间 --year 2017
