# A PSCustomObject converts to a class with a parameterless constructor by setting its properties
# (LanguagePrimitives.FigurePropertyConversion); a property the class lacks is an error.
class Endpoint {
    [string] $Host
    [int] $Port = 80
}
$e = [Endpoint][pscustomobject]@{ Host = 'example.org'; Port = '8080' }
$e.Host
$e.Port
$e.Port.GetType().Name
$copy = [Endpoint]([System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize($e)))
"$($copy.Host):$($copy.Port)"
[Endpoint][pscustomobject]@{ Path = '/' }
