$fox = [Text.Encoding]::UTF8.GetBytes('The quick brown fox jumps over the lazy dog')
$key = [Text.Encoding]::UTF8.GetBytes('key')
$h = New-Object System.Security.Cryptography.HMACSHA256 (,$key)
[BitConverter]::ToString($h.ComputeHash($fox)).Replace('-', '').ToLower()
$h.Key.Length
$h.HashSize
$h1 = New-Object System.Security.Cryptography.HMACSHA1 (,$key)
[BitConverter]::ToString($h1.ComputeHash($fox)).Replace('-', '').ToLower()
$m = New-Object System.Security.Cryptography.HMACMD5 (,$key)
[BitConverter]::ToString($m.ComputeHash($fox)).Replace('-', '').ToLower()
$rng = [System.Security.Cryptography.RandomNumberGenerator]::Create()
$bytes = New-Object byte[] 32
$rng.GetBytes($bytes)
$bytes.Length
@($bytes | Sort-Object -Unique).Count -gt 1
$csp = New-Object System.Security.Cryptography.RNGCryptoServiceProvider
$csp.GetBytes($bytes)
$bytes.Length
# RFC 6070 test vector (PBKDF2-HMAC-SHA1)
$salt = [Text.Encoding]::ASCII.GetBytes('saltSALTsaltSALTsaltSALTsaltSALTsalt')
$kdf = New-Object System.Security.Cryptography.Rfc2898DeriveBytes 'passwordPASSWORDpassword', $salt, 4096
[BitConverter]::ToString($kdf.GetBytes(25)).Replace('-', '').ToLower()
$kdf.IterationCount
