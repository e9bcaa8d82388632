# JavaScriptSerializer writes a Uri as its text and DBNull as null; a class's own properties come before its base class's (reflection order)
ConvertTo-Json -InputObject ([uri]'https://example.com/search?q=test') -Compress
@{ v = [System.DBNull]::Value } | ConvertTo-Json -Compress
ConvertTo-Json -InputObject ([Enum]::Parse('System.ConsoleColor', 'Red'))
class Base { [string]$BaseProp }
class Child : Base { [string]$ChildProp }
[Child]@{ BaseProp = 'b'; ChildProp = 'c' } | ConvertTo-Json -Compress
ConvertTo-Json -InputObject ([datetime]::new(2024, 6, 15, 10, 30, 0, [DateTimeKind]::Utc))
