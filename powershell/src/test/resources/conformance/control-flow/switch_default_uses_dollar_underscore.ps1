switch ('zz') { 'a' { 'a' } default { "unknown: $_" } }
