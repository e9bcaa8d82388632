# ConvertFrom-SecureString -Key / ConvertTo-SecureString -Key: PowerShell's SecureStringHelper format
# (header, then base64 of UTF-16LE "2|<base64 IV>|<hex AES-CBC-PKCS7 of the UTF-16LE text>").
# The two encrypted strings below were made outside the engine (Python's cryptography package,
# IV 100..115) with keys 1..16 and 1..24, as Windows PowerShell 5.1 makes them.
$made128 = '76492d1116743f0423413b16050a5345MgB8AFoARwBWAG0AWgAyAGgAcABhAG0AdABzAGIAVwA1AHYAYwBIAEYAeQBjAHcAPQA9AHwAOABjAGYAZgBlADIAMABlADkANABhADMAYgBhAGYAMQAxAGQAYwAxAGIAZgBkADAAYQBhADIAOAAxAGQAZgA1AGEAOQBhADUAMAAxADkANgA1ADMAZQAyAGYAYwAwAGMAZgA0AGQAYgA3ADgANQBjADMAOAA3ADgAMQBhAGMAYwA='
$made192 = '76492d1116743f0423413b16050a5345MgB8AFoARwBWAG0AWgAyAGgAcABhAG0AdABzAGIAVwA1AHYAYwBIAEYAeQBjAHcAPQA9AHwAYQA4ADUAYwAxADYANgA0ADkAMwBlADMAMgAyAGYAYQBhADAANgBjAGIAZAAwADMAZQA4ADgAYgAzADQAZAA3AGQAMABhAGUAZgAzAGEAOAA2AGYAOABjAGMAMwA3AGEAMABjADgANAA5ADkANgAzADMANgBlAGUAYQAyADcAMwA='
$s = ConvertTo-SecureString $made128 -Key ([byte[]](1..16))
$s.GetType().FullName
(New-Object System.Management.Automation.PSCredential('u', $s)).GetNetworkCredential().Password
(New-Object System.Management.Automation.PSCredential('u', (ConvertTo-SecureString $made192 -Key (1..24)))).GetNetworkCredential().Password

# Round trip with a 256-bit key; the package's parts.
$key = [byte[]](1..32)
$enc = ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force | ConvertFrom-SecureString -Key $key
$enc.StartsWith('76492d1116743f0423413b16050a5345')
$parts = [Text.Encoding]::Unicode.GetString([Convert]::FromBase64String($enc.Substring(32))).Split('|')
$parts[0]
[Convert]::FromBase64String($parts[1]).Length
$parts[2].Length
(New-Object System.Management.Automation.PSCredential('u', (ConvertTo-SecureString $enc -Key $key))).GetNetworkCredential().Password
# A fresh IV each time.
$enc -ne ((ConvertTo-SecureString 'P@ssw0rd!' -AsPlainText -Force) | ConvertFrom-SecureString -Key $key)

# -SecureKey: the key is the secure string's UTF-16LE bytes (8 characters = 128 bits).
$sk = ConvertTo-SecureString 'abcdefgh' -AsPlainText -Force
$e2 = ConvertTo-SecureString 'xyz' -AsPlainText -Force | ConvertFrom-SecureString -SecureKey $sk
(New-Object System.Management.Automation.PSCredential('u', (ConvertTo-SecureString $e2 -Key ([Text.Encoding]::Unicode.GetBytes('abcdefgh'))))).GetNetworkCredential().Password

# The wrong key: a non-terminating error (a CryptographicException), nothing returned.
$r = ConvertTo-SecureString $made128 -Key ([byte[]](2..17)) -ErrorVariable ev -ErrorAction SilentlyContinue
$null -eq $r
$ev[0].FullyQualifiedErrorId
$ev[0].Exception.GetType().FullName
$ev[0].Exception.Message

# A key of another length.
$r = ConvertTo-SecureString $made128 -Key ([byte[]](1..10)) -ErrorVariable ev2 -ErrorAction SilentlyContinue
$ev2[0].FullyQualifiedErrorId
try { ConvertTo-SecureString 'x' -AsPlainText -Force | ConvertFrom-SecureString -Key (1..10) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
