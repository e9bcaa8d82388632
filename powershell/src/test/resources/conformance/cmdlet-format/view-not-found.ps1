# Format-Table -View naming no table view the object has is FormatViewNotFound (PipelineStoppedException, ObjectNotFound).
try { New-Object PSObject | Format-Table -View bar -ErrorAction Stop } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.GetType().FullName
    $_.Exception.Message
}
(Get-Date | Format-Table | Get-Member | Select-Object -First 1).TypeName -match 'Microsoft.PowerShell.Commands.Internal.Format'
