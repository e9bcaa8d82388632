Import-Module (Join-Path $env:TEMP 'OeConfMissing.psm1') -ErrorAction Stop
