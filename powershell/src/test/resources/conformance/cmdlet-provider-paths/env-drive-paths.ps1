# env:\NAME and env:/NAME name the same item as env:NAME (children of the drive's root).
$env:OPENECMA_ENV_PATH = 'a'
(Get-Item env:\OPENECMA_ENV_PATH).Value
(Get-Item env:/OPENECMA_ENV_PATH).Name
Get-Content env:\OPENECMA_ENV_PATH
Test-Path env:\OPENECMA_ENV_PATH
Set-Content -Path env:\OPENECMA_ENV_PATH -Value 'b'
$env:OPENECMA_ENV_PATH
Clear-Item -Path env:\OPENECMA_ENV_PATH
Test-Path env:OPENECMA_ENV_PATH
