# Trap.Tests.ps1: what a dot-sourced block wrote before its error stays written; a trap's
# continue resumes after the statement of its own block that failed.
$a = . { trap { "trapped"; continue }; . { "hello"; throw "exception"; "world" } }
$a -join ","
$a = . { trap { "outer trap"; continue }; . { trap { "inner trap"; break }; "hello"; throw "exception"; "world" } }
$a -join ","
$a = . { trap { "outer trap"; continue }; . { trap [System.ArgumentException] { "inner trap"; continue }; "hello"; throw "exception"; "world" } }
$a -join ","
