function Write-Output { 'shadowed' }
Write-Output 'x'
