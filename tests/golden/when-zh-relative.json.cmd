when '印发实施后1个月内' --event chengdu-emergency-plan-2017 --format json
