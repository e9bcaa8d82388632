# A missing property is GetValueError / SetPropertyError (FileSystemProviderStrings.PropertyNotFound);
# only Attributes can be cleared; the Variable provider has no item properties (IPropertyCmdletProvider_NotSupported).
Set-Content f.txt 'x'
Get-ItemProperty f.txt -Name NoSuch -ErrorVariable e -ErrorAction SilentlyContinue
$e[0].FullyQualifiedErrorId
$e[0].Exception.Message
Set-ItemProperty f.txt -Name NoSuch -Value 1 -ErrorVariable e2 -ErrorAction SilentlyContinue
$e2[0].FullyQualifiedErrorId
Clear-ItemProperty f.txt -Name Length -ErrorVariable e3 -ErrorAction SilentlyContinue
$e3[0].Exception.Message
$x = 1
try { Get-ItemPropertyValue -Path Variable: -Name x -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Get-ItemProperty nosuch.txt -ErrorVariable e4 -ErrorAction SilentlyContinue
$e4[0].FullyQualifiedErrorId
try { Invoke-Item Variable:x -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
