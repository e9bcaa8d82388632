[bool]'false'
[bool]''
[bool]'0'
[bool]0
[bool]1
[bool]@()
[bool]@(0)
[bool]@(0, 0)
[bool]@($false)
[bool][pscustomobject]@{}
