# The log records the order in which setup, test and teardown blocks run.
$global:log = [System.Collections.ArrayList]::new()
Describe "Outer" {
    It "first" { $null = $global:log.Add("it1") }
    BeforeAll { $null = $global:log.Add("beforeAll") ; $fromBeforeAll = "seen" }
    BeforeEach { $null = $global:log.Add("outerBefore") }
    AfterEach { $null = $global:log.Add("outerAfter") }
    AfterAll { $null = $global:log.Add("afterAll") }
    Context "Inner" {
        BeforeEach { $null = $global:log.Add("innerBefore"); $fromBeforeEach = "each" }
        AfterEach { $null = $global:log.Add("innerAfter") }
        It "second" {
            $null = $global:log.Add("it2")
            $fromBeforeAll | Should -Be "seen"
            $fromBeforeEach | Should -Be "each"
        }
    }
}
Describe "Order check" {
    It "ran in Pester 4 order" {
        ($global:log -join ",") | Should -BeExactly "beforeAll,outerBefore,it1,outerAfter,outerBefore,innerBefore,it2,innerAfter,outerAfter,afterAll"
    }
}
