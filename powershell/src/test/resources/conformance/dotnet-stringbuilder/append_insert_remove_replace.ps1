$sb = New-Object System.Text.StringBuilder
[void]$sb.Append('abc')
[void]$sb.Append('-', 3)
[void]$sb.AppendLine('x')
[void]$sb.AppendFormat('{0}+{1}', 1, 2)
$sb.ToString() -eq "abc---x`r`n1+2"
$sb.Length
[void]$sb.Insert(0, '>').Remove(1, 1).Replace('c', 'C')
$sb.ToString(0, 4)
$sb.Length = 2
$sb.ToString()
[void]$sb.Clear()
$sb.Length
(New-Object System.Text.StringBuilder 64).Capacity
(New-Object System.Text.StringBuilder 'init').ToString()
[Text.StringBuilder]::new('ab').Append('c').ToString()
try { $sb.Remove(5, 1) } catch { $_.Exception.InnerException.GetType().FullName }
