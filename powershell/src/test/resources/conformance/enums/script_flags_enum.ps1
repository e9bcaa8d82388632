[Flags()] enum Perm { Read = 1; Write = 2; Exec = 4 }
$p = [Perm]::Read -bor [Perm]::Exec
"$p"
$p.GetType().Name
$p.HasFlag([Perm]::Exec)
[Perm]3
[Perm]'Read, Write'
[int][Perm]'Write,Exec'
