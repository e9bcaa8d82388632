$o = [pscustomobject]@{ Name = 'a'; Mail = 'a@x'; MailNickname = 'ax' }
$o.PSObject.Properties.Match('Mail').Count
$o.PSObject.Properties.Match('mail*').Count
$o.PSObject.Properties.Match('Missing').Count
$o.PSObject.Properties['name'].Value
$null -eq $o.PSObject.Properties['Missing']
$o.PSObject.Properties['Mail'].Value = 'b@x'
$o.Mail
($o.PSObject.Properties | ForEach-Object { $_.Name }) -join ','
$o.PSObject.Properties.Name -join ','
$o.PSObject.Properties['Name'].MemberType
