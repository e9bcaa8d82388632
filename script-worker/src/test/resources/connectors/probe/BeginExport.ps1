param($ConfigParameters, $Credential, $OpenExportConnectionRunStep, $Types)

Add-Content -Path (Join-Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) 'log.txt') -Value 'begin'
