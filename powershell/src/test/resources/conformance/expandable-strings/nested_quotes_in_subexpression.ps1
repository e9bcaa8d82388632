$first = 'A'
"x $("$first" + 'b') y"
"p: $(if ($true) { "yes" } else { "no" })"
