# Format-* refuse -View together with -Property (BaseFormattingCommand.ReportCannotSpecifyViewAndProperty), before any input
foreach ($cmd in 'Format-Wide', 'Format-Table', 'Format-List') {
    try { & $cmd -InputObject 1 -Property A -View x } catch { $_.FullyQualifiedErrorId; $_.ToString() }
}
