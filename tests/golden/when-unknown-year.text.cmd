when 5个工作日内 --year 2027 --from 2027-03-01
# exit: 1
