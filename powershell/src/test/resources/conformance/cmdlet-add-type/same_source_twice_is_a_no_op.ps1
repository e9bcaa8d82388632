$src = 'public class Once { public static int Value = 1; }'
Add-Type -TypeDefinition $src
[Once]::Value = 5
Add-Type -TypeDefinition $src
[Once]::Value
(Add-Type -TypeDefinition $src -PassThru).FullName
