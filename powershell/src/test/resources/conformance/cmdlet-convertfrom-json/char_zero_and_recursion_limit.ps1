# [char]0 is written as null; ConvertFrom-Json reads 102 levels (RecursionLimit 100 + 2) and no more
ConvertTo-Json ([char]0)
$deep = '[' * 102 + ']' * 102
(ConvertFrom-Json $deep).GetType().Name
try { ConvertFrom-Json ('[' * 103 + ']' * 103) } catch { $_.Exception.Message }
