$h = @{}
$key = 'dyn'
$h[$key] = 1
$h.$key
$h.Remove('DYN')
$h.Count
$h.new = 'via dot'
$h['new']
