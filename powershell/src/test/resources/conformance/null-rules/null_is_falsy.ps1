if ($null) { 'truthy' } else { 'falsy' }
if (-not $null) { 'not null is true' }
