IF ($true) { 'if' } ELSE { 'else' }
FOREACH ($i IN 1..2) { $i }
1 -EQ 1
'A' -LIKE 'a'
'x' -In 'X', 'Y'
