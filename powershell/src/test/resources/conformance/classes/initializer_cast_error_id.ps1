# Facts from test/powershell/Language/Classes/Scripting.Classes.Exceptions.Tests.ps1 ("Exception from initializer")
# and LanguagePrimitives.cs ConvertStringToInteger/Decimal/DoubleOrSingle (PSInvalidCastException ids).
class K { [int]$a = "zz" }
try { [K]::new() } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category.ToString() }
try { [int]"zz" } catch { $_.FullyQualifiedErrorId }
try { [long]"1x" } catch { $_.FullyQualifiedErrorId }
try { [decimal]"zz" } catch { $_.FullyQualifiedErrorId }
try { [double]"zz" } catch { $_.FullyQualifiedErrorId }
