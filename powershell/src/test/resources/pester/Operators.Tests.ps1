# One passing and one failing use of each operator, alternating: the test checks the pattern.
Describe "Operators" {
    It "BeOfType holds" { "a" | Should -BeOfType [string] }
    It "BeOfType fails" { 1 | Should -BeOfType [string] }
    It "BeTrue holds" { $true | Should -BeTrue }
    It "BeTrue fails" { $false | Should -BeTrue }
    It "Match holds" { "abc" | Should -Match "B" }
    It "MatchExactly fails" { "abc" | Should -MatchExactly "B" }
    It "BeLike holds" { "abc" | Should -BeLike "A*" }
    It "BeLikeExactly fails" { "abc" | Should -BeLikeExactly "A*" }
    It "HaveCount holds" { 1, 2, 3 | Should -HaveCount 3 }
    It "HaveCount fails" { @() | Should -HaveCount 1 }
    It "Contain holds" { 1, 2, 3 | Should -Contain 2 }
    It "BeIn fails" { 5 | Should -BeIn 1, 2, 3 }
    It "BeGreaterThan holds" { 5 | Should -BeGreaterThan 3 }
    It "BeLessOrEqual fails" { 5 | Should -BeLessOrEqual 3 }
    It "legacy form holds" { 3 | Should Be 3 }
    It "legacy Not form fails" { 3 | Should Not Be 3 }
    It "Be compares arrays" { @(1, 2) | Should -Be @(1, 2) }
    It "BeExactly is case-sensitive" { "A" | Should -BeExactly "a" }
}
