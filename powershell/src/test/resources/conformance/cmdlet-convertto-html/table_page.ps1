# ConvertTo-Html: an XHTML 1.0 Strict page, one string per line, header from the first object, values HTML-encoded
[pscustomobject]@{ Name = 'a<b'; Count = 2 }, [pscustomobject]@{ Name = 'c'; Count = 3 } | ConvertTo-Html -Title 'T'
