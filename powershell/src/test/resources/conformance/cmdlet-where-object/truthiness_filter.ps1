1, 0, '', 'a', $null, @() | Where-Object { $_ }
