1..2 | ForEach-Object {
  try { throw "e$_" } catch { "caught $($_.Exception.Message)" }
  "item $_"
}
