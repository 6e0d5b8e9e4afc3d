units 清泉镇 --today 2017-06-01
