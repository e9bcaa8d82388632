# [System.Management.Automation.PSParser]::Tokenize (PSParser.cs, PSToken.cs): tokens with their PSTokenType,
# content (a variable's path, a string's value) and offsets; the parse errors through [ref].
$errors = $null
$tokens = [System.Management.Automation.PSParser]::Tokenize('function get-foo { [CmdletBinding()] param([int]$a) # note
Get-Item -Path $a.Name }', [ref]$errors)
$errors.Count
$tokens | ForEach-Object { '{0}|{1}|{2}|{3}' -f $_.Type, $_.Content, $_.Start, $_.Length } | Where-Object { $_ -notlike 'NewLine*' }
$null = [System.Management.Automation.PSParser]::Tokenize('if (', [ref]$errors)
$errors.Count
$errors[0].Message
$errors[0].Token.Type
