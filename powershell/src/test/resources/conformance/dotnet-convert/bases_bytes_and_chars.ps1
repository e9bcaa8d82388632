[Convert]::ToString(-1, 16)
[Convert]::ToString(255, 2)
[Convert]::ToString([byte]10, 8)
[Convert]::ToInt32('ffffffff', 16)
[Convert]::ToInt32('0x1F', 16)
[Convert]::ToInt64('777', 8)
[Convert]::ToByte('12')
[Convert]::ToByte(2.5)
[Convert]::ToByte(3.5)
try { [Convert]::ToByte(300) } catch { $_.Exception.InnerException.GetType().FullName }
try { [Convert]::ToInt32('12', 3) } catch { $_.Exception.InnerException.Message }
[Convert]::ToBase64String([byte[]](1, 2, 3, 4, 5), 1, 3)
[Convert]::ToChar(65)
