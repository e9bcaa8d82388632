1..3 | ForEach-Object { if ($_ -eq 2) { return }; $_ }
