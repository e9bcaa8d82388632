function f($a = 'default') { $PSBoundParameters.ContainsKey('a'); $a }
f
