'a,,b'.Split(',').Count
'a,,b'.Split(',', [StringSplitOptions]::RemoveEmptyEntries).Count
'a; b ;c'.Split(';') | ForEach-Object { $_.Trim() }
