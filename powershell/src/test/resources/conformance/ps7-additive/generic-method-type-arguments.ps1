# PowerShell 7.3 generic method call syntax (Parser.cs GenericMethodArgumentsRule): '.Name[T](' with no
# space is a call with type arguments; an identifier index without '(' after ']' stays an index.
# A type argument must be a known type (TypeNotFound); a method that takes no type parameters fails
# with CoreAdapter's MethodCountCouldNotFindBestGeneric (ExtendedTypeSystem.resx MethodGenericArgumentCountException).
try { [Math]::Max[int](1, 2) } catch { $_.FullyQualifiedErrorId; $_.Exception.Message; $_.Exception.GetType().FullName }
try { [Math]::Max[NoSuchTypeAnywhere](1, 2) } catch { $_.FullyQualifiedErrorId }
$h = @{ k = @{ inner = 'v' } }
$h.k[ 'inner' ]
$a = @{ list = @(10, 20) }
$a.list[1]
