when 每季度首月10日前 --year 2012 --issued 2012-05-01
