$v = [version]'1.2.3'
$v.Major
$v.Minor
$v.Build
$v.ToString()
