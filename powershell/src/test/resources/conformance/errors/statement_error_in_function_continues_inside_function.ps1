function Get-Thing {
    [int]::Parse('x')
    'rest of function'
}
Get-Thing
'after call'
