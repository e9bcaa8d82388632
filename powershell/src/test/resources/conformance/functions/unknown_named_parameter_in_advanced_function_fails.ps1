function f { [CmdletBinding()] param($a) $a }
f -zz 1
