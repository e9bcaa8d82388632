[BitConverter]::ToString([byte[]](1, 2, 255))
[BitConverter]::ToString([byte[]]@()) -eq ''
[BitConverter]::ToString([byte[]](1, 2, 3, 4), 1, 2)
[BitConverter]::GetBytes(1) -join ','
[BitConverter]::GetBytes([int64]1).Length
[BitConverter]::GetBytes($true) -join ','
[BitConverter]::GetBytes([double]1) -join ','
[BitConverter]::ToInt32([byte[]](1, 1, 0, 0), 0)
[BitConverter]::ToInt16([byte[]](255, 255), 0)
[BitConverter]::ToInt64([byte[]](0, 1, 0, 0, 0, 0, 0, 0, 0), 1)
[BitConverter]::IsLittleEndian
try { [BitConverter]::ToInt32([byte[]](1, 2), 0) } catch { $_.Exception.InnerException.GetType().FullName }
try { [BitConverter]::ToInt32([byte[]](1, 2), 5) } catch { $_.Exception.InnerException.GetType().FullName }
