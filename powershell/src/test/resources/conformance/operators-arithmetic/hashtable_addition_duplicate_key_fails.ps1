# ps51: .NET Core words it An item with the same key has already been added.
$h = @{ a = 1 } + @{ A = 2 }
