function f { param([Alias('n', 'FullName')][string]$Name) "hi $Name" }
f -n 'a'
f -FullName 'b'
