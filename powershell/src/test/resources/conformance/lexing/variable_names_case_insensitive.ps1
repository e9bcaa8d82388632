$MyValue = 'v'
$myvalue
$MYVALUE
