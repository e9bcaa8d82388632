try {
  try { throw 'original' } catch { 'logging'; throw }
} catch { "outer: $($_.Exception.Message)" }
