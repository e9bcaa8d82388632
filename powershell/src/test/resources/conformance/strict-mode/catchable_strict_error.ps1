Set-StrictMode -Version 2.0
try { $missingVar } catch { 'caught strict error' }
