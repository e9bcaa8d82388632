# a comment line
1 # trailing comment
'# not a comment'
