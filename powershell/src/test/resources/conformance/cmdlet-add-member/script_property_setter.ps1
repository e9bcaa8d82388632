$o = [pscustomobject]@{ a = 1 }
$o | Add-Member -MemberType ScriptProperty -Name Twice -Value { $this.a * 2 } -SecondValue { $this.a = $args[0] / 2 }
$o.Twice
$o.Twice = 10
$o.a
$o.Twice
