Describe "SetupAndPlatform" {
    It "abbreviates -Dir as -d" {
        Setup -d made
        Test-Path "$TestDrive/made" -PathType Container | Should -Be $true
    }
    It "ignores -Directory as Pester's simple function does" {
        Setup -Directory other
        Test-Path "$TestDrive/other" | Should -Be $false
    }
    It "answers the Platform type as Windows" {
        [System.Management.Automation.Platform]::IsWindows | Should -Be $true
        [System.Management.Automation.Platform]::IsLinux | Should -Be $false
    }
}
