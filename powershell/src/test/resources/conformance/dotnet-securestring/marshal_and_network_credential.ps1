$s = ConvertTo-SecureString 'p@ss' -AsPlainText -Force
$bstr = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($s)
[Runtime.InteropServices.Marshal]::PtrToStringAuto($bstr)
[Runtime.InteropServices.Marshal]::ZeroFreeBSTR($bstr)
$p = [System.Runtime.InteropServices.Marshal]::SecureStringToGlobalAllocUnicode($s)
[System.Runtime.InteropServices.Marshal]::PtrToStringUni($p)
(New-Object System.Management.Automation.PSCredential 'u', $s).GetNetworkCredential().Password
