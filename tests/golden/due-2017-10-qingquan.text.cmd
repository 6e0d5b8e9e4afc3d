due --month 10 --unit 清泉镇
