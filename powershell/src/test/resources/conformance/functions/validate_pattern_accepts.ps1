function f { param([ValidatePattern('^\d+$')][string]$Id) "id $Id" }
f -Id 123
