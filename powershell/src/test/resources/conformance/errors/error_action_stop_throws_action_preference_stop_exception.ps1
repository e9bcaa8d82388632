# -ErrorAction Stop makes a cmdlet's error an ActionPreferenceStopException (MshCommandRuntime.WriteError):
# -ErrorVariable holds that exception, whose ErrorRecord is the original error; catch sees the
# original record, and a typed catch takes either the stop exception or the original's type.
try {
    Get-Item nosuchfile.txt -ErrorAction Stop -ErrorVariable ev
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().Name
}
$ev.Count
$ev[0] -is [System.Management.Automation.ActionPreferenceStopException]
$ev[0].ErrorRecord.Exception.GetType().Name
$ev[0].ErrorRecord.FullyQualifiedErrorId
try { Get-Item nosuchfile.txt -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { 'by the error''s type' }
try { Get-Item nosuchfile.txt -ErrorAction Stop } catch [System.Management.Automation.ActionPreferenceStopException] { 'by the stop type' }
