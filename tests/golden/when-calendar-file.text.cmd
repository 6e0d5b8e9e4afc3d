when 春节前 --year 2027 --calendar tests/fixtures/calendar/sample-2027.tsv
