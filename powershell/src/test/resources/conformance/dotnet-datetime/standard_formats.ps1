$d = [datetime]'2021-03-04 05:06:07'
$d.ToString('o')
$d.ToString('s')
$d.ToString('yyyy-MM-ddTHH:mm:ss.fffZ')
$d.ToString('dd MMM yyyy')
$d.ToString('dddd, MMMM d')
$d.ToString('yyyyMMddHHmmss')
$d.ToString('hh:mm tt')
