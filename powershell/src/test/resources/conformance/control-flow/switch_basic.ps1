switch (3) { 1 { 'one' } 3 { 'three' } default { 'other' } }
switch (9) { 1 { 'one' } default { 'other' } }
