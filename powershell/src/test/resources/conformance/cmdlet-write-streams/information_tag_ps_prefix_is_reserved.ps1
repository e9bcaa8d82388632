try { Write-Information 'x' -Tags 'PSWhatever' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
