$o = [pscustomobject]@{ a = 3 }
$o | Add-Member -MemberType ScriptProperty -Name Double -Value { $this.a * 2 }
$o | Add-Member -MemberType ScriptMethod -Name AddTo -Value { param($n) $this.a + $n }
$o.Double
$o.AddTo(4)
$o.a = 5
$o.Double
