# 5.1 quirk: when '*' matches exactly one property the column keeps '*' as its header (a string shows its Length)
'hello' | ConvertTo-Html -Fragment
