# Get-ItemProperty / Get-ItemPropertyValue / Set-ItemProperty / Clear-ItemProperty on files
# (FileSystemProvider.GetProperty, SetProperty, ClearProperty).
New-Item -ItemType Directory d | Out-Null
# (Set-Content ends the text with CRLF in 5.1, so the file is 7 bytes)
Set-Content d/f.txt 'hello'
(Get-ItemProperty d/f.txt).Name
$p = Get-ItemProperty -Path d/f.txt -Name Length
$p.Length
$p.PSChildName
$p.PSProvider.Name
Get-ItemPropertyValue -Path d -Name Attributes
Set-ItemProperty d/f.txt -Name Attributes -Value ReadOnly
Get-ItemPropertyValue d/f.txt -Name Attributes
(Get-Item d/f.txt).IsReadOnly
Clear-ItemProperty d/f.txt -Name Attributes
(Get-ItemPropertyValue d/f.txt -Name Attributes) -match 'ReadOnly'
gp d/f.txt -Name Extension | ForEach-Object Extension
