if ('false') { 'string false is true' }
if (0) { 'no' } else { 'zero is false' }
if (@()) { 'no' } else { 'empty array is false' }
if (@(1)) { 'one element array is true' }
if ([pscustomobject]@{}) { 'object is true' }
