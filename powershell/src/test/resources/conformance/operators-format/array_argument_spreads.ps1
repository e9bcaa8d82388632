$values = 'x', 'y'
'{0}-{1}' -f $values
