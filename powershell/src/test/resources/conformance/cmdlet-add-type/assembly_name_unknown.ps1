Add-Type -AssemblyName No.Such.Assembly
