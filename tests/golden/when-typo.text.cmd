when 10月低前
# exit: 1
