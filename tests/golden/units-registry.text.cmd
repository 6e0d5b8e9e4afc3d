units
