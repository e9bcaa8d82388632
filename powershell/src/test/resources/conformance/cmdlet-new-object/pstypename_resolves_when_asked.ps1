# [PSTypeName]'X' keeps the name; .Type is the type, or $null while no such type is known
$known = [System.Management.Automation.PSTypeName]'System.String'
$known.Name
$known.Type.FullName
$null -eq ([System.Management.Automation.PSTypeName]'No.Such.Type').Type
([System.Management.Automation.PSTypeName][int]).Name
