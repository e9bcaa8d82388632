# about_Using / TypeResolver.cs: classes 'using module' brings in are also named Module.Class; a short
# name two imported modules define is ambiguous (AmbiguousTypeReference, also from New-Object) unless
# the script defines a class of that name itself, which then wins.
$root = Join-Path $env:TEMP 'qualmods'
foreach ($m in 'Alpha', 'Beta') {
    New-Item -ItemType Directory -Path "$root\$m" -Force | Out-Null
    Set-Content "$root\$m\$m.psm1" "class Thing { [string] Origin() { return '$m' } }"
}
$env:PSModulePath = $root
Set-Content "$root\qualified.ps1" "using module Alpha`nusing module Beta`nclass Sub : Beta.Thing {}`n[Alpha.Thing]::new().Origin()`n[Sub]::new().Origin()`n(New-Object Alpha.Thing).Origin()"
& "$root\qualified.ps1"
Set-Content "$root\own.ps1" "using module Alpha`nusing module Beta`nclass Thing { [string] Origin() { return 'own' } }`n[Thing]::new().Origin()"
& "$root\own.ps1"
Set-Content "$root\ambiguous.ps1" "using module Alpha`nusing module Beta`n[Thing]"
try { & "$root\ambiguous.ps1" } catch { $_.FullyQualifiedErrorId }
Set-Content "$root\newobject.ps1" "using module Alpha`nusing module Beta`nNew-Object Thing"
try { & "$root\newobject.ps1" } catch { $_.FullyQualifiedErrorId }
