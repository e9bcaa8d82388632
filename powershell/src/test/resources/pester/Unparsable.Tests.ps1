Describe "Broken" {
    It "one" { 1 | Should -Be 1 }
    It "two" { $x = (1 + }
}
