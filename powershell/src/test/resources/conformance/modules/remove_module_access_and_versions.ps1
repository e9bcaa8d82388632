# The module table is keyed by path, so two versions of one module can be loaded together, and
# Get-Module lists loaded modules ordered by name (ModuleIntrinsics.GetModules). Remove-Module
# refuses a Constant module always and a ReadOnly one without -Force (RemoveModuleCommand.cs,
# Modules.resx ModuleIsConstant/ModuleIsReadOnly). -FullyQualifiedName takes ModuleSpecification
# hashtables. When nothing was removed, EndProcessing adds Modules_NoModulesRemoved after the refusal.
# Expectations: Remove-Module.Tests.ps1.
foreach ($v in '1.0', '2.0') {
    New-Item -ItemType Directory -Path "$env:TEMP\Foo\$v" -Force | Out-Null
    New-ModuleManifest -Path "$env:TEMP\Foo\$v\Foo.psd1" -ModuleVersion $v
}
New-Item -ItemType Directory -Path "$env:TEMP\Bar" -Force | Out-Null
New-ModuleManifest -Path "$env:TEMP\Bar\Bar.psd1" -ModuleVersion 1.0
Import-Module "$env:TEMP\Foo\1.0\Foo.psd1"
Import-Module "$env:TEMP\Foo\2.0\Foo.psd1"
Import-Module "$env:TEMP\Bar\Bar.psd1"
(Get-Module -Name Foo, Bar).Name -join ','
[Microsoft.PowerShell.Commands.ModuleSpecification]@{ ModuleName = 'Foo'; RequiredVersion = '1.0' } | ForEach-Object ToString
Remove-Module -FullyQualifiedName @{ ModuleName = 'Foo'; RequiredVersion = '1.0' }
(Get-Module Foo).Version.ToString()
(Get-Module Bar).AccessMode = 'ReadOnly'
Remove-Module Bar -ErrorAction SilentlyContinue
$Error[1].FullyQualifiedErrorId
$Error[0].FullyQualifiedErrorId
(Get-Module Bar).Name
Remove-Module Bar -Force
@(Get-Module Bar).Count
(Get-Module Foo).AccessMode = 'Constant'
Remove-Module Foo -Force -ErrorAction SilentlyContinue
$Error[1].FullyQualifiedErrorId
$Error[1].Exception.Message
