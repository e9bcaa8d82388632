# ps51: .NET Core words the inner message as The input string 'x' was not in a correct format.
[int]::Parse('x')
