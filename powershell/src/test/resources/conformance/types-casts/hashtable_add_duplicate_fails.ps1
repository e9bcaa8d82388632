$h = @{}
$h.Add('k', 1)
$h.Add('K', 2)
