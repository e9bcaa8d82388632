# ErrorRecord(Exception, string errorId, ErrorCategory, object target) and the ErrorCategory enum
# (ErrorPackage.cs: NotSpecified = 0 ... WriteError = 23); PipelineChainOperator.Tests.ps1 builds one.
[System.Management.Automation.ErrorCategory]::NotSpecified
[int][System.Management.Automation.ErrorCategory]::WriteError
$record = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new('boom'), 'MyId',
    [System.Management.Automation.ErrorCategory]::InvalidData, 'target')
$record.FullyQualifiedErrorId
$record.CategoryInfo.Category
$record.Exception.Message
$record.TargetObject
