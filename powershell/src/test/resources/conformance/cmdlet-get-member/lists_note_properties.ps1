$o = [pscustomobject]@{ Alpha = 1; Beta = 2 }
($o | Get-Member -MemberType NoteProperty).Name -join ','
