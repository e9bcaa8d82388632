# Get-Command's -Name is [ValidateNotNullOrEmpty] (GetCommandCommand.cs): '' and $null fail the binding.
foreach ($name in @('', $null)) {
    try { Get-Command $name -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName }
}
(Get-Command Get-Command).Name
