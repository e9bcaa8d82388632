Describe "Should -Throw" {
    It "matches the FullyQualifiedErrorId" {
        { [int]::Parse("x") } | Should -Throw -ErrorId "FormatException"
    }
    It "matches the message" {
        { throw "something bad" } | Should -Throw -ExpectedMessage "SOMETHING"
    }
    It "matches the exception type" {
        { [int]::Parse("x") } | Should -Throw -ExceptionType ([System.Management.Automation.MethodInvocationException])
    }
    It "passes the error record through" {
        $err = { throw "boom" } | Should -Throw -PassThru
        $err.Exception.Message | Should -Be "boom"
    }
    It "fails on a wrong id" {
        { throw "x" } | Should -Throw -ErrorId "NoSuchId"
    }
    It "fails when nothing is thrown" {
        { 1 } | Should -Throw
    }
    It "Not -Throw holds when nothing is thrown" {
        { 1 } | Should -Not -Throw
    }
    It "Not -Throw fails on an error" {
        { throw "oops" } | Should -Not -Throw
    }
}
