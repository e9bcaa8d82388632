Describe "Test cases" {
    It "adds <a> and <b>" -TestCases @(
        @{ a = 1; b = 2; sum = 3 }
        @{ a = 2; b = 2; sum = 5 }
    ) {
        param($a, $b, $sum)
        $a + $b | Should -Be $sum
    }
    It "sees case keys as variables: <name>" -TestCases @(@{ name = "x" }) {
        $name | Should -BeExactly "x"
    }
}
