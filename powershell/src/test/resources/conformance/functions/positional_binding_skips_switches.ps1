function f { param([switch]$Quiet, $First, $Second) "$First|$Second|$Quiet" }
f a b
f -Quiet a b
