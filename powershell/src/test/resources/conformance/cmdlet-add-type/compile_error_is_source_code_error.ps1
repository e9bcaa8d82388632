try {
    Add-Type -TypeDefinition 'public class Broken { public int F() { return missing; } }' -ErrorAction Stop
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message -match "The name 'missing' does not exist in the current context"
}
