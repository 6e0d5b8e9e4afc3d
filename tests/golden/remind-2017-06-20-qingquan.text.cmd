remind --today 2017-06-20 --ahead 14 --unit 清泉镇
