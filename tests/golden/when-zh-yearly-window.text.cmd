when '每年11月1日到次年2月底' --count 4
