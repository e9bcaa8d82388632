$b64 = [convert]::ToBase64String([text.encoding]::UTF8.GetBytes('hi'))
$b64
[text.encoding]::UTF8.GetString([convert]::FromBase64String($b64))
[convert]::ToBase64String([text.encoding]::UTF8.GetBytes('user:pass'))
