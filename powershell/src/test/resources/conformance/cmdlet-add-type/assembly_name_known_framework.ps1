Add-Type -AssemblyName System.Web
[System.Web.HttpUtility]::UrlEncode('a b')
Add-Type -AssemblyName 'System.Xml, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089'
'done'
