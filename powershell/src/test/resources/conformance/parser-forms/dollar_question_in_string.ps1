# tokenizer.cs ScanVariable: $$, $? and $^ are single-character variables; '?' is a name character after the first.
"$?"
Write-Error 'failed' -ErrorAction SilentlyContinue
"$?"
$x = 5
"[$x?]"
"[${x}?]"
