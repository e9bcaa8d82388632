Add-Type -TypeDefinition @'
namespace Contoso.Helpers
{
    public class Account
    {
        public string Name;
        public int Id = 7;
        public static int Created;
        public Account() : this("anonymous") { }
        public Account(string name) { Name = name; Created++; }
        public Account(string name, int id) : this(name) { Id = id; }
    }
}
'@
$a = [Contoso.Helpers.Account]::new()
$a.Name
$a.Id
$b = New-Object Contoso.Helpers.Account -ArgumentList 'x', 3
"$($b.Name) $($b.Id)"
[Contoso.Helpers.Account]::Created
$a.GetType().FullName
