[IO.Path]::GetFileName($PSScriptRoot)
[IO.Path]::GetFileName($PSCommandPath)
$MyInvocation.MyCommand.Name
