# about_Using / about_Classes: 'using module' imports a module (by name on PSModulePath, or by a path
# relative to the script's folder) and makes its classes usable in the script, also as base classes
# of the script's own classes, which PowerShell defines after the using statements.
$root = Join-Path $env:TEMP 'usingmods'
New-Item -ItemType Directory -Path "$root\Shapes" -Force | Out-Null
Set-Content "$root\Shapes\Shapes.psm1" "class Shape { [string] Name() { return 'shape' } }`nfunction Get-ShapeCount { 3 }"
$env:PSModulePath = $root
Set-Content "$root\byname.ps1" "using module Shapes`nclass Square : Shape { [string] Name() { return 'square of ' + ([Shape]`$this).Name() } }`n[Square]::new().Name()`nGet-ShapeCount"
& "$root\byname.ps1"
New-Item -ItemType Directory -Path "$root\scripts" -Force | Out-Null
Set-Content "$root\scripts\bypath.ps1" "using module ..\Shapes\Shapes.psm1`n[Shape]::new().Name()"
& "$root\scripts\bypath.ps1"
