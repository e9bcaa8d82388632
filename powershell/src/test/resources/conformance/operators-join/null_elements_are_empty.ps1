'a', $null, 'b' -join '|'
