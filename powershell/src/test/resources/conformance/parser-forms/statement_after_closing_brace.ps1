# Parser.cs StatementListRule: only a pipeline needs a terminator; a statement may follow '}' directly.
$a = $true
if ($a) { 'if' } 'next'
trap { 'trapped'; continue } try { throw 'x' } catch { 'caught' }
. { trap { 't'; continue } 'hello'; throw 'y' }
foreach ($i in 1..2) { $i } while ($false) { } 'after-loops'
function f { 'f' } f
