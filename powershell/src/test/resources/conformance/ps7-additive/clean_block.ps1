# PowerShell 7.3's clean block: runs after end, even when end throws, and writes no output to the
# pipeline (CompiledScriptBlock.cs DoCleanResource: "The 'Clean' block doesn't write any output to
# pipeline"; Parser.Tests.ps1's BeforeAll defines a function with one).
function Test-Clean {
    begin { 'begin' }
    end { 'end' }
    clean { 'not written'; $script:cleaned++ }
}
$cleaned = 0
$r = Test-Clean
$r -join ','
$cleaned
function Test-CleanAfterThrow {
    end { throw 'boom' }
    clean { $script:cleaned++ }
}
try { Test-CleanAfterThrow } catch { "caught $_" }
$cleaned
