# -ArgumentList binds the .psm1's param block; -Prefix goes before the noun; a script module
# without Export-ModuleMember exports its functions and aliases but not its variables.
$dir = Join-Path $env:TEMP 'Opt'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
Set-Content "$dir\Opt.psm1" "param(`$Greeting)`n`$hidden = 1`nfunction Get-Greeting { `$Greeting }`nSet-Alias gg Get-Greeting"
Import-Module $dir -ArgumentList 'hello' -Prefix My
Get-MyGreeting
[bool](Get-Command Get-Greeting -ErrorAction SilentlyContinue)
$null -eq $hidden
Import-Module NoSuchModule -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
Import-Module $dir -RequiredVersion 9.9 -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
