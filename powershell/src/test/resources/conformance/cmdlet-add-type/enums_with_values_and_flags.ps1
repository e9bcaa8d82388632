Add-Type -TypeDefinition @'
namespace Contoso
{
    public enum Color { Red, Green = 5, Blue }
    [System.Flags]
    public enum Access : byte { None = 0, Read = 1, Write = 1 << 1, ReadWrite = Read | Write }
}
'@
[int][Contoso.Color]::Blue
[Contoso.Color]'Green'
[Contoso.Access]3
[Contoso.Access]'Read, Write'
([Contoso.Access]::Write).value__
[Enum]::GetUnderlyingType([Contoso.Access]).Name
