$config = @{ 'Common Module Script Name (with extension)' = [pscustomobject]@{ Value = 'Common.psm1' } }
$config['Common Module Script Name (with extension)'].Value
