# Help may open the body, close it, or sit at most one blank line above the function keyword.
function First {
    <#
    .SYNOPSIS
    Help at the start of the body.
    #>
    param($x)
}

function Last {
    param($x)
    # .SYNOPSIS
    #   Help at the end of the body.
}

<#
.SYNOPSIS
Help one blank line above.
#>

function Above { }

<#
.SYNOPSIS
Too far away to be help.
#>


function TooFar { param($abc) }

(Get-Help First).Synopsis
(Get-Help Last).Synopsis
(Get-Help Above).Synopsis
(Get-Help TooFar).Synopsis.Trim()
