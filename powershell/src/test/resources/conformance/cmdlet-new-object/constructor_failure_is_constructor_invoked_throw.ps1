# NewObjectCommand wraps a constructor's MethodException as ConstructorInvokedThrowException
try {
    New-Object -TypeName System.Management.Automation.PSVariable -ArgumentList 'A', 1, None, 'asd' -ErrorAction Stop
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().FullName
    $_.CategoryInfo.Category
}
