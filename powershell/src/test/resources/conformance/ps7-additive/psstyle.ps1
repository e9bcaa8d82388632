# ps7-additive (issue #11): a minimal PowerShell 7 $PSStyle with OutputRendering only; the engine never writes ANSI.
$PSStyle.OutputRendering
$PSStyle.OutputRendering = 'plaintext'
$PSStyle.OutputRendering
$PSStyle.OutputRendering = [System.Management.Automation.OutputRendering]::Ansi
"$($PSStyle.OutputRendering)"
