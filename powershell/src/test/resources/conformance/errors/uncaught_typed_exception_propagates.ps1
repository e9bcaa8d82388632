try {
  try { throw [System.InvalidOperationException]::new('inner') }
  catch [System.ArgumentException] { 'not me' }
} catch { "outer got $($_.Exception.Message)" }
