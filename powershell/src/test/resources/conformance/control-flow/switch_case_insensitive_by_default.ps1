switch ('ABC') { 'abc' { 'hit' } default { 'miss' } }
switch -CaseSensitive ('ABC') { 'abc' { 'hit' } default { 'miss' } }
