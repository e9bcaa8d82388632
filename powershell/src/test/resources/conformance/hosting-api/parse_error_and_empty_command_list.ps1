try { [powershell]::Create().AddScript('1 | 2').Invoke() } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.InnerException.GetType().FullName
}
# PowerShell.cs: Invoke with no commands, AddParameter with no command (PSInvalidOperationException).
try { [powershell]::Create().Invoke() } catch { $_.Exception.InnerException.Message }
try { [powershell]::Create().AddParameter('x', 1) } catch { $_.Exception.InnerException.GetType().FullName }
