# ImportModuleCommand.ProcessRecord refuses -MinimumVersion above -MaximumVersion (ArgumentOutOfRange,
# Modules.resx MinimumVersionAndMaximumVersionInvalidRange); a RequiredModules entry whose version no
# loaded or available module meets makes the manifest invalid (ModuleCmdletBase.LoadRequiredModule:
# Modules_InvalidManifest, RequiredModuleNotLoadedWrongVersion). Expectations: ModuleConstraint.Tests.ps1.
$dir = Join-Path $env:TEMP 'Dep'
New-Item -ItemType Directory -Path $dir -Force | Out-Null
New-ModuleManifest -Path "$dir\Dep.psd1" -ModuleVersion 2.0
try { Import-Module $dir -MinimumVersion '3.0' -MaximumVersion '2.0' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
Import-Module $dir
$req = Join-Path $env:TEMP 'Req.psd1'
New-ModuleManifest -Path $req -RequiredModules @{ ModuleName = 'Dep'; ModuleVersion = '2.5' }
try { Import-Module $req -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message -like "The required module 'Dep' with version '2.5' is not loaded.*" }
New-ModuleManifest -Path $req -RequiredModules @{ ModuleName = 'Dep'; ModuleVersion = '1.5' }
(Import-Module $req -PassThru).Name
