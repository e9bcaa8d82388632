# Two passing, two failing and one pending It; the runner must count each.
Describe "Counting" {
    It "passes with Be" { 1 + 1 | Should -Be 2 }
    It "passes with Not" { "abc" | Should -Not -BeNullOrEmpty }
    It "fails with Be" { 1 | Should -Be 2 }
    It "fails on an error" { [int]::Parse("x") }
    It "is pending because empty" { }
}
