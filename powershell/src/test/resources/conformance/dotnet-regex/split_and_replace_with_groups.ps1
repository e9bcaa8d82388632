[regex]::Split('a1b2c', '\d') -join ','
[regex]::Replace('John Smith', '(?<f>\w+) (?<l>\w+)', '${l}, ${f}')
