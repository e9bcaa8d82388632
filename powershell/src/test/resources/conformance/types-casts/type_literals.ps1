[string].Name
[int].FullName
([type]'System.String').FullName
([type]'int').Name
[System.Collections.Hashtable].Name
