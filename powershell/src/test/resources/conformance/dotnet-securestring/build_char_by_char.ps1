# A SecureString built a character at a time, as connector scripts do with a password from a file.
$ss = New-Object System.Security.SecureString
'P@ss'.ToCharArray() | ForEach-Object { $ss.AppendChar($_) }
$ss.Length
$ss.InsertAt(0, 'x')
$ss.SetAt(1, 'p')
$ss.RemoveAt(0)
(New-Object System.Management.Automation.PSCredential('u', $ss)).GetNetworkCredential().Password
$ss.IsReadOnly()
$ss.MakeReadOnly()
$ss.IsReadOnly()
try { $ss.AppendChar('z') } catch { $_.Exception.InnerException.GetType().FullName; $_.Exception.InnerException.Message }
$c = $ss.Copy()
$c.AppendChar('!')
$c.Length
$ss.Length
$c.IsReadOnly()
$c.Clear()
$c.Length
try { $c.SetAt(3, 'q') } catch { $_.Exception.InnerException.GetType().FullName }
