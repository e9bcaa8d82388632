# Format-Custom's default view (ComplexViewObjectBrowser): class block, "Name = value" two columns in, nested objects opened.
$o = [pscustomobject]@{ A = 1; Sub = [pscustomobject]@{ X = 'two' } }
$lines = ($o | Format-Custom | Out-String).Trim() -split '\r?\n' | ForEach-Object { $_.TrimEnd() }
$lines -join '|'
(($o | fc -Property A | Out-String).Trim() -split '\r?\n' | ForEach-Object { $_.TrimEnd() }) -join '|'
(($o | Format-Custom -Depth 0 | Out-String) -match 'class PSCustomObject\s+\{\s+A = 1\s+Sub = @\{X=two\}')
