$f = [System.IO.FileAttributes]'ReadOnly,Hidden'
[int]$f
$f.ToString()
$f.HasFlag([System.IO.FileAttributes]::Hidden)
