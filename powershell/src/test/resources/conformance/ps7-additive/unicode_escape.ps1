# PowerShell 7's `u{hex} escape (tokenizer.cs Backtick/ScanUnicodeEscape); expectations from
# test/powershell/Language/Parser/Parser.Tests.ps1 (the "Unicode escape sequence" Its).
"`u{a9}"
"foo`u{2195}abc"
[int][char]"`u{0}"
"`u{1f44d}".Length
[int]"`u{10FFFF}"[0]
"`u{007b}`u{007d}"
'foo`u{2195}abc'
function xyzzy`u{2195}($p) { $p }
(Get-Command xyzzy`u{2195}).Name
xyzzy`u{2195} 42
${fooxyzzy`u{2195}} = 43
(Get-Variable -Name fooxyzzy*).Name
Write-Output `u{a9}` Acme` Inc
# Not a well-formed escape: 5.1's meaning of `u (the letter u) is kept.
"`u{zz}"
"`u1"
