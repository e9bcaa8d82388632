switch -Exact ('a*') { 'a*' { 'literal' } }
switch -Exact ('abc') { 'a*' { 'wild' } default { 'none' } }
