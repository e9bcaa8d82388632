Add-Type -TypeDefinition 'public class Twice { }'
try {
    Add-Type -TypeDefinition 'public class Twice { public int X; }' -ErrorAction SilentlyContinue
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
$Error[1].FullyQualifiedErrorId
$Error[1].Exception.Message
