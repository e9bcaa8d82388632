$Error.Clear()
try { throw 'caught one' } catch { }
$Error.Count
$Error[0].Exception.Message
