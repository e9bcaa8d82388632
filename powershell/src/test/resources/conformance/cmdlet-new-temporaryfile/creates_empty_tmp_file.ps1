# NewTemporaryFileCommand.cs: Path.GetTempFileName() in the temp folder, written as a FileInfo.
$f = New-TemporaryFile
$f -is [System.IO.FileInfo]
$f.PSObject.TypeNames[0]
$f.Name -match '^tmp[0-9A-F]+\.tmp$'
$f.Length
$f.DirectoryName.TrimEnd('\/'.ToCharArray()) -eq [IO.Path]::GetTempPath().TrimEnd('\/'.ToCharArray())
Test-Path $f.FullName
(New-TemporaryFile | Get-Item).Extension
$before = @(Get-ChildItem ([IO.Path]::GetTempPath())).Count
New-TemporaryFile -WhatIf
@(Get-ChildItem ([IO.Path]::GetTempPath())).Count -eq $before
