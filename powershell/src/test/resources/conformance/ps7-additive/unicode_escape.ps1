# PowerShell 7's `u{hex} escape (tokenizer.cs Backtick/ScanUnicodeEscape), taken only where 5.1
# cannot read the text as a whole word: bare words and ${...} names. Expectations from
# test/powershell/Language/Parser/Parser.Tests.ps1 (the "Unicode escape sequence" Its).
function xyzzy`u{2195}($p) { $p }
(Get-Command xyzzy`u{2195}).Name
xyzzy`u{2195} 42
${fooxyzzy`u{2195}} = 43
(Get-Variable -Name fooxyzzy*).Name
Write-Output `u{a9}` Acme` Inc
# In strings 5.1's meaning wins: `u is the letter u (lexing/backtick_u_escape_not_in_51).
"foo`u{2195}abc"
'foo`u{2195}abc'
