$null -eq $neverAssigned
"[$neverAssigned]"
