# 5.1 writes GenericMeasurePropertyNotFound when no object has the property (MeasureObjectStrings.resx, PropertyNotFound).
try {
    [pscustomobject]@{ X = 'a' } | Measure-Object -Property Y -Sum -ErrorAction Stop
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
