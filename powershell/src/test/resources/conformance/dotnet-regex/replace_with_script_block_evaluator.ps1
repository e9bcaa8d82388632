[regex]::Replace('abc', '[ac]', { param($m) $m.Value.ToUpper() })
