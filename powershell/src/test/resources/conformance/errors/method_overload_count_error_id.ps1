# No overload with that many arguments: MethodException, ErrorId MethodCountCouldNotFindBest (CoreAdapter.cs).
try { [System.IO.Path]::GetExtension() } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().FullName
}
