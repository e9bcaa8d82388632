try { Write-Error 'soft'; 'continued inside try' } catch { 'caught' }
