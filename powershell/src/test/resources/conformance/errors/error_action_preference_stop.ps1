$ErrorActionPreference = 'Stop'
try { Write-Error 'pref stop'; 'not reached' } catch { 'stopped by preference' }
