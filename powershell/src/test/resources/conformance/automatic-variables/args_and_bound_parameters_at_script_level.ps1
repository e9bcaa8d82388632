$args.Count
$PSBoundParameters.Count
