Describe "Setup fails" {
    BeforeAll { throw "setup broke" }
    It "a" { 1 | Should -Be 1 }
    It "b" { 1 | Should -Be 1 }
}
Describe "Still runs" {
    It "c" { 1 | Should -Be 1 }
}
