$h = @{ n = 1 }
function change { $h.n = 2 }
change
$h.n
$list = New-Object System.Collections.ArrayList
function addit { [void]$list.Add('x') }
addit
$list.Count
