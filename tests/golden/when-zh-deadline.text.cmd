when 10月底前
