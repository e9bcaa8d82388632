function f { param([Parameter(Mandatory = $true)][AllowEmptyString()][string]$Text) "[$Text]" }
f -Text ''
