$sha = [System.Security.Cryptography.SHA256]::Create()
try {
    $bytes = [System.Text.Encoding]::UTF8.GetBytes('abc')
    $hash = $sha.ComputeHash($bytes)
    $hash.Length
    [Convert]::ToBase64String($hash)
    ($hash[0..3] | ForEach-Object { $_.ToString('x2') }) -join ''
} finally {
    $sha.Dispose()
}
