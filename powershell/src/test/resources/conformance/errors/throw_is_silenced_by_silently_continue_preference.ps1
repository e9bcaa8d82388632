# ps51: the preference variable acts on throw too (documented as non-terminating only, behaves so in 5.1 and 7)
$Error.Clear()
$ErrorActionPreference = 'SilentlyContinue'
throw 'quiet'
'after'
$Error[0].Exception.Message
