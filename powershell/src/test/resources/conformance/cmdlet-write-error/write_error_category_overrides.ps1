# Write-Error's CategoryInfo: Activity is Write-Error unless -CategoryActivity; the -Category* values replace the rest
$e = Write-Error 'plain' 2>&1
$e.CategoryInfo.Activity
$e.CategoryInfo.GetMessage()
$e.FullyQualifiedErrorId
$e = Write-Error -Activity fooAct -Reason fooReason -TargetName fooTargetName -TargetType fooTargetType -Message fooMessage 2>&1
$e.CategoryInfo.GetMessage()
$x = New-Object System.ArgumentNullException 'paramname'
$e = Write-Error -Message 'details' -Exception $x -ErrorId myid -Category SyntaxError -RecommendedAction 'do this' 2>&1
$e.Exception.GetType().FullName
$e.FullyQualifiedErrorId
$e.ErrorDetails.Message
$e.ErrorDetails.RecommendedAction
$e.CategoryInfo.Category
