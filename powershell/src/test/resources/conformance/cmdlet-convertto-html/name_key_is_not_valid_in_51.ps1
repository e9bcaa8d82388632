# ps51: 'name' as a calculated-property key of ConvertTo-Html is PowerShell 6.2 (#8426); 5.1 knows expression, label, alignment, width
try {
    [pscustomobject]@{ a = 1 } | ConvertTo-Html @{ n = 'x'; e = 'a' }
} catch {
    $_.FullyQualifiedErrorId
    "$_"
}
