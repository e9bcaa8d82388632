# A value type's parameterless constructor gives its default (Activator.CreateInstance);
# Host.Coordinates is a struct with settable X/Y whose text is "X,Y" (MshHostRawUserInterface.cs).
(New-Object -TypeName char) -eq [char]0
(New-Object -TypeName char).GetType().Name
[int]::new()
(New-Object double).GetType().Name
$c = New-Object -TypeName System.Management.Automation.Host.Coordinates
'{0} {1}' -f $c.X, $c.Y
$c = New-Object System.Management.Automation.Host.Coordinates -ArgumentList 1, 2
"$c"
$c.X = 10; $c.Y += 31
$c.X + $c.Y
([System.Management.Automation.Host.Coordinates]::new(3, 4)).Equals([System.Management.Automation.Host.Coordinates]::new(3, 4))
