$UserName = 'ann'
function Get-Greeting { param($Name) "hi $Name" }
GET-GREETING -NAME $USERNAME
write-output 'lower-case cmdlet'
WRITE-OUTPUT 'upper-case cmdlet'
