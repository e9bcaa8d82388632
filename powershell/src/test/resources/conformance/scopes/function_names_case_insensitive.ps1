function Get-Thing { 'thing' }
get-thing
GET-THING
