# An assembly-qualified name in a type literal (about_Type_Accelerators, Parsing.Tests.ps1's
# [System.Collections.Generic.List[string], System.Private.CoreLib]); types resolve by name here.
[System.Int32, mscorlib]::MaxValue
[System.Collections.Generic.List[string], mscorlib].Name
[System.Collections.Generic.Dictionary[[System.String, mscorlib],[System.Int32, mscorlib]]]::new().Count
