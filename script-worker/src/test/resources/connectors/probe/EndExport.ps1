param($ConfigParameters, $Credential, $OpenExportConnectionRunStep, $CloseExportConnectionRunStep, $Types)

Add-Content -Path (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) 'log.txt') -Value 'end'
