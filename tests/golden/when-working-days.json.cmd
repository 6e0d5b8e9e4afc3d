when 超过办理时限5个工作日 --year 2017 --from 2017-09-28 --format json
