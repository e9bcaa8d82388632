# 'using module NAME' is resolved while the script is parsed (SymbolResolver.cs VisitUsingStatement):
# a name no module on $env:PSModulePath has is the parse error ModuleNotFoundDuringParse, at the
# statement (scripting.Classes.using "report an error about not found module").
$errors = $null
$null = [System.Management.Automation.Language.Parser]::ParseInput('using module ThisModuleDoesntExist', [ref]$null, [ref]$errors)
'{0} {1} {2}' -f $errors.Count, $errors[0].ErrorId, $errors[0].Extent.StartOffset
$errors[0].Message
try { [scriptblock]::Create("using module ThisModuleDoesntExist`n'not run'").Invoke() } catch { $_.Exception.InnerException.ErrorRecord.FullyQualifiedErrorId }
