# The connector-script idiom: a C# ICertificatePolicy set as ServicePointManager.CertificatePolicy.
Add-Type -TypeDefinition "using System.Net; using System.Security.Cryptography.X509Certificates; public class TrustAllCertsPolicy : ICertificatePolicy { public bool CheckValidationResult(ServicePoint s, X509Certificate c, WebRequest r, int p) { return true; } }"
[System.Net.ServicePointManager]::CertificatePolicy = New-Object TrustAllCertsPolicy
[System.Net.ServicePointManager]::CertificatePolicy.GetType().FullName
[System.Net.ServicePointManager]::CertificatePolicy -is [System.Net.ICertificatePolicy]
[System.Net.ServicePointManager]::CertificatePolicy.CheckValidationResult($null, $null, $null, 0)
