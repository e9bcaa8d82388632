try { throw [pscustomobject]@{ Code = 42 } } catch { $_.TargetObject.Code }
