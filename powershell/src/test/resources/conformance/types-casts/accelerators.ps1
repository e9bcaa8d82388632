([regex]'a+').Match('caaat').Value
([hashtable]@{ a = 1 }).Count
([psobject]'s').GetType().Name
