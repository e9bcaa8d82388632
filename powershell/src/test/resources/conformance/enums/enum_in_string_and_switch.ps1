$d = [DayOfWeek]::Monday
"day: $d"
switch ($d) { 'Monday' { 'matched by name' } }
switch ($d) { 1 { 'matched by number' } }
