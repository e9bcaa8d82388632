Add-Type -TypeDefinition @'
public class Settings
{
    private int port = 80;
    private string host = "localhost";
    public int Port { get { return port; } set { port = value; } }
    public string Host { get => host; set => host = value; }
    public string Label { get; set; }
    public int Retries { get; set; } = 3;
    public string Url() { return "http://" + host + ":" + port; }
}
'@
$s = New-Object Settings -Property @{ Port = 8080 }
$s.Port
$s.Host
$s.Retries
$s.Label -eq $null
$s.Host = 'example.org'
$s.Url()
