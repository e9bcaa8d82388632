# '.23' right after an operand is member access with the name "23", not a number.
$o = [pscustomobject]@{ '23' = 'twenty-three'; '1' = 'one' }
$o.23
$h = @{ '1' = 'hash-one' }
$h.1
$o.1.Length
