@{ only = 'one' }
[ordered]@{ z = 1; y = @(1, 2) }
