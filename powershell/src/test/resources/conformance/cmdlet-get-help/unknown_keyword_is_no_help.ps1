# One unknown keyword makes the whole block an ordinary comment (AnalyzeCommentBlock).
function Plain {
    # .SYNOPSIS
    #   Looks like help.
    # .NOTAKEYWORD
    #   But this is not a help keyword.
}
(Get-Help Plain).Synopsis.Trim()
