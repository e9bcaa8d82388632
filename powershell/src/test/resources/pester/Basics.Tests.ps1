Describe "Basics" {
    BeforeAll { $script:order = @() ; $shared = 5 }
    It "passes" { 1 | Should -Be 1 }
    It "fails" { 1 | Should -Be 2 }
    It "uses BeforeAll variable" { $shared | Should -Be 5 }
    It "is skipped" -Skip { throw "never" }
    It "has case <a> plus <b>" -TestCases @(@{ a = 1; b = 2; sum = 3 }, @{ a = 2; b = 2; sum = 5 }) {
        param($a, $b, $sum)
        $a + $b | Should -Be $sum
    }
    It "throws with id" { { throw [System.ArgumentException]::new("bad") } | Should -Throw -ExceptionType ([System.ArgumentException]) }
    It "not" { "abc" | Should -Not -BeNullOrEmpty; "abc" | Should -Not -Be "x" }
    It "legacy" { 3 | Should Be 3 }
    It "pending" { }
    Context "inner" {
        It "sees order" { Set-ItResult -Skipped -Because "no reason" }
    }
}
