function Read-Number($s) { [int]::Parse($s); 'after parse' }
try {
    Read-Number 'x'
    'not reached'
} catch {
    "caught: $($_.Exception.InnerException.Message)"
}
