# An operator's .NET exception reaches scripts as a RuntimeException wrapping it (ErrorId
# RuntimeException); a typed catch or trap still takes it by the inner type (MiscOps.cs
# FindMatchingHandler tries the inner exception first).
$zero = 0
try { 1 / $zero } catch {
    $_.Exception.GetType().FullName
    $_.Exception.InnerException.GetType().FullName
    $_.FullyQualifiedErrorId
}
try { 1 / $zero } catch [System.DivideByZeroException] { 'caught by inner type' }
function Test-Trap {
    trap [System.DivideByZeroException] { 'trapped by inner type'; continue }
    5 % $zero
    'after'
}
Test-Trap
