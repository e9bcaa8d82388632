# return inside a construct whose output is captured (assignment of an if, a subexpression) writes
# the collected output and the return value to the function's pipe; the assignment does not happen
# (Scripting.Followup.Tests.ps1).
function One { $script:v = if ($true) { return "one" } }
function Two { $("1"; return "2"); "never" }
One
Two
"v=[$script:v]"
