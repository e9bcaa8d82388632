# A static property initializer that fails runs in .NET's type initializer: the error is a
# TypeInitializationException whose inner exception carries the script error's record
# (Scripting.Classes.Exceptions "Exception from initializer", static member w/ and w/o ctor); the
# type stays unusable and the same error comes again.
class D { static [int]$a = "zz" }
try { $null = [D]::a } catch {
    $_.Exception.GetType().FullName
    $_.Exception.Message
    $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId
    $_.Exception.InnerException.InnerException.ErrorRecord.FullyQualifiedErrorId
}
try { $null = [D]::a } catch { $_.Exception.GetType().FullName }
