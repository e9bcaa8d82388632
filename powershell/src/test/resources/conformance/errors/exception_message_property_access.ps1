try { throw [System.ArgumentException]::new('m1') } catch {
  $err = $_
}
$err.Exception.Message
$err.GetType().Name
