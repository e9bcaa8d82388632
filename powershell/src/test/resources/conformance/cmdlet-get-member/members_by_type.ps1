# Get-Member lists each type once, members sorted by MemberType then Name, with type-table members; no input is NoObjectInGetMember.
Update-TypeData -TypeName System.String -MemberType ScriptMethod -MemberName Shout -Value { $this.ToUpper() }
$m = 'a', 'b' | Get-Member
($m | Select-Object -ExpandProperty TypeName -Unique) -join ','
($m | Where-Object MemberType -eq ScriptMethod).Name
$o = [pscustomobject]@{ Zed = 1; Alpha = 'x' } | Add-Member -MemberType ScriptProperty -Name Calc -Value { 2 } -PassThru
($o | Get-Member | ForEach-Object { $_.MemberType.ToString() + ':' + $_.Name }) -join ','
($o | Get-Member -MemberType Properties).Name -join ','
($o | Get-Member -Name *a*).Name -join ','
try { Get-Member -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
([System.Management.Automation.PSTypeName]'NoSuchTypeHere').Type -eq $null
([System.Management.Automation.PSTypeName]'int').Type.FullName
