$h = @{ only = 'value' }
$h.Keys
$h.Values
@($h.Keys).Count
