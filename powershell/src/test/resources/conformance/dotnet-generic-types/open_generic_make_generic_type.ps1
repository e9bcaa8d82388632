# An open definition named as FIM-era connectors do (New-GenericObject), closed and instantiated
$t = [type]'System.Collections.Generic.List`1'
$t.FullName
$t.Name
$t.IsGenericTypeDefinition
$closed = $t.MakeGenericType([Type[]]@('string'))
$closed.IsGenericTypeDefinition
$closed.IsGenericType
$list = [Activator]::CreateInstance($closed, $null)
$list.Add('x')
$list.Count
$list -is [System.Collections.Generic.List[string]]
[System.Collections.Generic.List`1].Name
$closed.GetGenericTypeDefinition().Name
$d = ([type]'System.Collections.Generic.Dictionary`2').MakeGenericType([string], [int])
$map = [Activator]::CreateInstance($d)
$map['a'] = '1'
$map['a'] + 1
$map -is [System.Collections.Generic.Dictionary[string,int]]
