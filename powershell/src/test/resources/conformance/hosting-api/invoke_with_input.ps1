[powershell]::Create().AddScript('$input | ForEach-Object { $_ * 10 }').Invoke(@(1, 2))
[powershell]::Create().AddCommand('Measure-Object').Invoke(@(4, 5, 6))[0].Count
