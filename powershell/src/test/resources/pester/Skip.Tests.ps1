Describe "Skipping" {
    It "skipped by switch" -Skip { throw "must not run" }
    It "skipped by condition" -Skip:($true) { throw "must not run" }
    It "not skipped when false" -Skip:($false) { 1 | Should -Be 1 }
    It "pending by switch" -Pending { throw "must not run" }
    It "skipped by Set-ItResult" { Set-ItResult -Skipped -Because "not here"; throw "must not run" }
}
