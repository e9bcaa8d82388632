function setg { $global:fromFunction = 'set' }
setg
$fromFunction
$global:fromFunction
