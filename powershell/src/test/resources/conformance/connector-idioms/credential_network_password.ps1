$secure = ConvertTo-SecureString 'S3cret!' -AsPlainText -Force
$credential = New-Object System.Management.Automation.PSCredential('svc-user', $secure)
$credential.UserName
$credential.GetNetworkCredential().Password
$secure.GetType().Name
