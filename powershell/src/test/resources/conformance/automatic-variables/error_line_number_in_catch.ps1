try {
  throw 'where'
} catch {
  $_.InvocationInfo.ScriptLineNumber
}
