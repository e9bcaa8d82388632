Describe "TestDrive" {
    It "writes through TestDrive: and reads through `$TestDrive" {
        Set-Content -Path "TestDrive:\a.txt" -Value "hi"
        Get-Content -Path (Join-Path $TestDrive "a.txt") | Should -Be "hi"
        "TestDrive:\a.txt" | Should -Exist
        "TestDrive:\a.txt" | Should -FileContentMatch "^h"
    }
    It "creates items with Setup" {
        Setup -File "b.txt" "content"
        "$TestDrive\b.txt" | Should -Exist
    }
}
Describe "A second Describe" {
    It "gets a fresh TestDrive" {
        "TestDrive:\a.txt" | Should -Not -Exist
    }
}
