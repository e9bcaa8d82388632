function f { param([ValidateNotNullOrEmpty()][string]$Name) $Name }
f -Name ''
