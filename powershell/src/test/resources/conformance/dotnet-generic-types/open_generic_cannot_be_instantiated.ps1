[Activator]::CreateInstance([type]'System.Collections.Generic.List`1')
