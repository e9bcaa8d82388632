Set-StrictMode -Version 2.0
function f { param($x) $PSBoundParameters.Count; $args.Count }
f -x 1
