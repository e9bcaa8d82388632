'price: 42 EUR' -match '(?<=price: )\d+'
$Matches[0]
'FooBar' -match '^(?i)foobar$'
'a.b' -match '^a\.b$'
'line1' -match '\Aline\d\z'
