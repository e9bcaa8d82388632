# ps51: HistoryInfo.Duration is PowerShell 6.1 (#5208), kept as a read-only addition: History.cs computes
# it as EndExecutionTime - StartExecutionTime.
$start = [datetime]::new(2001, 1, 1, 10, 1, 1)
[PSCustomObject]@{ CommandLine = 'x'; ExecutionStatus = 'Completed'; StartExecutionTime = $start
    EndExecutionTime = $start.AddSeconds(3725.5) } | Add-History
$h = Get-History -Count 1
$h.Duration.ToString()
$h.Duration.GetType().FullName
