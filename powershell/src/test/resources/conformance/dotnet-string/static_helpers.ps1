[string]::Join(',', @('a', 'b'))
[string]::IsNullOrEmpty($null)
[string]::IsNullOrEmpty('x')
[string]::IsNullOrWhiteSpace(' ')
[string]::Format('{0}-{1}', 'a', 'b')
[string]::Empty.Length
[string]::Concat('a', 'b')
[string]::Compare('a', 'A', $true)
