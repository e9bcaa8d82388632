Set-Content -Path helper.cs -Value 'namespace FromFile { public class Helper { public static string Name() { return "from file"; } } }'
Add-Type -Path helper.cs
[FromFile.Helper]::Name()
Set-Content -Path helper.vb -Value 'x'
try { Add-Type -Path helper.vb } catch { $_.FullyQualifiedErrorId }
