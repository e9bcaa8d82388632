# FileSystemInfo.LastWriteTimeUtc/CreationTimeUtc/LastAccessTimeUtc (.NET reference source,
# FileSystemInfo.cs): the same instant as LastWriteTime etc., as a DateTime of kind Utc (whose
# round-trip format "o" ends with Z).
$path = Join-Path $env:TEMP 'utc.txt'
Set-Content -Path $path -Value 'x'
$item = Get-Item -Path $path
$item.LastWriteTimeUtc.Ticks -eq $item.LastWriteTime.ToUniversalTime().Ticks
$item.LastWriteTimeUtc.ToString('o').EndsWith('Z')
$item.CreationTimeUtc.ToString('o').EndsWith('Z')
$item.LastAccessTimeUtc.ToString('o').EndsWith('Z')
$info = New-Object System.IO.FileInfo $path
$info.LastWriteTimeUtc.Ticks -eq $item.LastWriteTimeUtc.Ticks
$info.LastWriteTimeUtc.ToString('o').EndsWith('Z')
