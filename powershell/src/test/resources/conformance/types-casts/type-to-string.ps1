# A [type] as text uses its built-in accelerator (types.ps1xml's ToStringCodeMethods.Type on System.RuntimeType); -eq converts a name to the type.
"$([int])"
[string][string]
"$([string[]])"
"$([System.Collections.Generic.List[int]])"
"$([System.IO.FileInfo])"
"$('x'.GetType())"
[int].FullName
[string] -eq 'string'
[string] -eq 'System.String'
[string] -eq 'int'
