# ps51: GetDateCommand.UFormatDateString in 5.1 (PowerShell commit 60b3b304f2): %V = DayOfYear/7+1, %G/%g = calendar year, %u = (int)DayOfWeek, %j unpadded; 7.0 uses ISO 8601 weeks
$d = Get-Date -Year 2005 -Month 1 -Day 1 -Hour 0 -Minute 0 -Second 0
Get-Date -Date $d -UFormat '%V|%U|%W|%G|%g|%u|%w|%j'
Get-Date -Date $d -UFormat '+%Y %q %%'
