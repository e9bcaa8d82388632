[pscustomobject]@{ a = 1; b = 'x' } | ConvertTo-Csv -NoTypeInformation
