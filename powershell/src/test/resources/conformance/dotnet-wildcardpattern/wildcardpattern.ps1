# [WildcardPattern] (System.Management.Automation): Escape/Unescape, ContainsWildcardCharacters,
# IsMatch (case-sensitive unless WildcardOptions IgnoreCase).
[WildcardPattern]::Escape('[file]*.txt')
[WildcardPattern]::Unescape('`[file`]`*.txt')
[WildcardPattern]::ContainsWildcardCharacters('a*b')
[WildcardPattern]::ContainsWildcardCharacters('a`*b')
$p = [System.Management.Automation.WildcardPattern]::new('ab*')
$p.IsMatch('abc')
$p.IsMatch('ABC')
$q = New-Object System.Management.Automation.WildcardPattern 'ab*', 'IgnoreCase'
$q.IsMatch('ABC')
