# ps51: .NET Core words the inner message as The input string 'abc' was not in a correct format.
try { [int]'abc' } catch { $_.Exception.Message }
