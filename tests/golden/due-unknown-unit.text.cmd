due --month 6 --unit 区环保厅
# exit: 2
