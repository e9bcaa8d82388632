# Comment-based help before a function: each section lands where Get-Help's MAML object keeps it.

# .SYNOPSIS
#    Adds two numbers.
#
# .DESCRIPTION
#    A longer text
#
#        with an indented line.
#
# .NOTES
#    Only integers.
#
# .LINK
#    https://example.org/add
#
# .LINK
#    Get-Sum
#
# .INPUTS
#    None.
#
# .OUTPUTS
#    System.Int32
#
# .COMPONENT
#    Maths
#
# .ROLE
#    Calculator
#
# .FUNCTIONALITY
#    Addition
function Add-Two { param($a, $b) $a + $b }

$h = Get-Help Add-Two
$h.Name
$h.Category
$h.Synopsis
$h.Description[0].Text
$h.alertSet.alert[0].Text
$h.relatedLinks.navigationLink[0].uri
$h.relatedLinks.navigationLink[1].linkText
$h.inputTypes.inputType.type.name
$h.returnValues.returnValue.type.name
$h.Component
$h.Role
$h.Functionality
