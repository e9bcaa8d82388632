# Marshal.SizeOf(Type): unmanaged sizes of primitives (bool is a 4-byte Win32 BOOL, char a 1-byte ANSI char).
foreach ($t in [byte], [sbyte], [int16], [uint16], [int], [uint32], [long], [uint64], [double], [single], [decimal], [bool], [char], [guid]) {
    '{0} {1}' -f $t.Name, [System.Runtime.InteropServices.Marshal]::SizeOf($t)
}
try { [Runtime.InteropServices.Marshal]::SizeOf([string]) } catch { $_.Exception.InnerException.GetType().FullName }
