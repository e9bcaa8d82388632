function f { param([ValidateNotNull()]$Value) 'ok' }
f -Value $null
