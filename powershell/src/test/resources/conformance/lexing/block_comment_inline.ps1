1 <# inline #> + 2
<#
multi
line
#>
'after'
