# Clear-Content empties a file and keeps it; a folder is ClearDirectoryContent, a session-state
# provider refuses (IContent_Clear_NotSupported), unknown drives and providers are their own errors.
Set-Content -Path data.txt -Value 'one', 'two'
Clear-Content -Path data.txt
Test-Path data.txt
(Get-Item data.txt).Length
$null = New-Item -ItemType Directory -Path folder
try { Clear-Content -Path folder -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().Name }
try { Clear-Content -Path missing.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
$env:OPENECMA_CLEAR = 'x'
try { Clear-Content -Path env:OPENECMA_CLEAR -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Clear-Content -Path nosuchdrive:\x.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Clear-Content -Path NoSuchProvider::x.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Clear-Content -Path $null } catch { $_.FullyQualifiedErrorId }
$v = 'value'
Clear-Item -Path variable:v
Test-Path variable:v
$null -eq $v
