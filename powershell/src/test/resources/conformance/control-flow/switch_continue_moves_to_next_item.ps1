switch (1, 2, 3) { { $_ -ge 2 } { "ge2 $_"; continue } { $_ -ge 1 } { "ge1 $_" } }
