# In command mode a variable with adjacent text is one argument ($dir\file.txt), and a lone "." is the word "."
function Show { $args.Count; $args -join '|' }
$dir = 'top'
Show $dir\file.txt
Show $dir/sub-1.txt
Show .
Show a . b
Show $dir.Length
