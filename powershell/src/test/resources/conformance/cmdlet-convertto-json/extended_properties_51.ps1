# ps51: 5.1 (ConvertToJsonCommand.AddPsProperties) writes the Add-Member properties of a wrapped value; 7.2 leaves them out for strings and DateTime (#15665)
$arr = Add-Member -InputObject @(1, 2, 3) -MemberType NoteProperty -Name Label -Value 'x' -PassThru
ConvertTo-Json -InputObject $arr -Compress
$h = Add-Member -InputObject @{ a = 1 } -MemberType NoteProperty -Name Extra -Value 'e' -PassThru
$h | ConvertTo-Json -Compress
$n = Add-Member -InputObject 42 -MemberType NoteProperty -Name Note -Value 'n' -PassThru
$n | ConvertTo-Json -Compress
$s = Add-Member -InputObject 'hi' -MemberType NoteProperty -Name Note -Value 'n' -PassThru
$s | ConvertTo-Json -Compress
$o = [pscustomobject]@{ Value = 10 }
$o | Add-Member -MemberType ScriptProperty -Name Doubled -Value { $this.Value * 2 }
$o | Add-Member -MemberType ScriptMethod -Name Triple -Value { $this.Value * 3 }
$o | ConvertTo-Json -Compress
