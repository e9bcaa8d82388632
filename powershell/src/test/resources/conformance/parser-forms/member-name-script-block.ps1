# A member name may be a script block (Parser.cs MemberNameRule reads any single command argument);
# its text is the name: $o.{Length} is $o.Length, and $o.{.ctor}() looks for a method '.ctor'.
$s = 'abcd'
$s.{Length}
$o = [object]::new()
try { $o.{.ctor}() } catch { $_.FullyQualifiedErrorId }
