[version]'1.2' -lt [version]'1.10'
'1.2' -lt '1.10'
