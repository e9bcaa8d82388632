$global:gv = 'G'
$script:sv = 'S'
"$global:gv $script:sv"
