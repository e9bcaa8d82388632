# A #requires -Modules entry that exists is imported (globally) before the script runs.
New-Item -ItemType Directory -Path mods/Banana | Out-Null
Set-Content -Path mods/Banana/Banana.psm1 -Value "function Get-Banana { 'banana' }"
Set-Content -Path uses.ps1 -Value "#requires -Modules ./mods/Banana`nGet-Banana"
& ./uses.ps1
(Get-Module Banana).Name
