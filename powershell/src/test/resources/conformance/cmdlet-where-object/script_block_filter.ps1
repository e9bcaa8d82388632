1..6 | Where-Object { $_ % 2 -eq 0 }
