foreach ($s in '1', 'x', '3') {
    [int]::Parse($s)
}
'done'
