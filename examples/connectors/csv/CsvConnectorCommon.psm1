<#
    CsvConnectorCommon.psm1
    Helper functions shared by the scripts of the CSV connector. The user store is one CSV file
    whose path is the Global parameter CsvFile (relative paths are taken from the MAData folder).

    Columns: the schema attributes, then isDeleted (a deleted user is kept as a tombstone so that
    a delta import can report the deletion), modifiedUtc (round-trip timestamp of the last change,
    the delta watermark) and the password columns passwordSalt and passwordHash.
#>

Set-StrictMode -Version 2.0

$Script:AnchorAttributeName = 'EmployeeId'
$Script:ObjectTypeName = 'User'

function Get-CsvUserAttribute
{
    <#
    .SYNOPSIS
        The attributes of the User object type, in schema order.
    #>
    [CmdletBinding()]
    param()

    @(
        [PSCustomObject]@{ Name = 'EmployeeId'; DataType = 'String';  IsAnchor = $true }
        [PSCustomObject]@{ Name = 'userName';   DataType = 'String';  IsAnchor = $false }
        [PSCustomObject]@{ Name = 'firstName';  DataType = 'String';  IsAnchor = $false }
        [PSCustomObject]@{ Name = 'lastName';   DataType = 'String';  IsAnchor = $false }
        [PSCustomObject]@{ Name = 'email';      DataType = 'String';  IsAnchor = $false }
        [PSCustomObject]@{ Name = 'department'; DataType = 'String';  IsAnchor = $false }
        [PSCustomObject]@{ Name = 'title';      DataType = 'String';  IsAnchor = $false }
        [PSCustomObject]@{ Name = 'manager';    DataType = 'String';  IsAnchor = $false }
        [PSCustomObject]@{ Name = 'isActive';   DataType = 'Boolean'; IsAnchor = $false }
    )
}

function Get-CsvColumnName
{
    [CmdletBinding()]
    param()

    $names = @(Get-CsvUserAttribute | Select-Object -ExpandProperty Name)
    return $names + @('isDeleted', 'modifiedUtc', 'passwordSalt', 'passwordHash')
}

function Get-CsvStorePath
{
    <#
    .SYNOPSIS
        Full path of the CSV file from the CsvFile_Global parameter.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [ValidateNotNull()]
        $ConfigParameters
    )

    $fileName = $ConfigParameters['CsvFile_Global'].Value
    if ([string]::IsNullOrEmpty($fileName))
    {
        throw 'The Global parameter CsvFile is empty: set it to the CSV file of the user store.'
    }

    if ([System.IO.Path]::IsPathRooted($fileName))
    {
        return $fileName
    }

    return Join-Path -Path ([Microsoft.MetadirectoryServices.MAUtils]::MAFolder) -ChildPath $fileName
}

function Read-CsvStore
{
    <#
    .SYNOPSIS
        All users of the store (tombstones included) as a list; an empty list when the file does not exist yet.
    .DESCRIPTION
        Exports append the rows they changed instead of rewriting the file, so a user may have
        several rows: the last one is the user (the list keeps the position of the first).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Path
    )

    $rows = New-Object -TypeName 'System.Collections.Generic.List[object]'
    $positions = @{}
    if (Test-Path -Path $Path)
    {
        foreach ($row in @(Import-Csv -Path $Path -Encoding UTF8))
        {
            # Files written by an older version may lack a column; add it empty.
            foreach ($column in Get-CsvColumnName)
            {
                if ($row.PSObject.Properties.Match($column).Count -eq 0)
                {
                    $row | Add-Member -MemberType NoteProperty -Name $column -Value ''
                }
            }
            if ($positions.ContainsKey($row.EmployeeId))
            {
                $rows[$positions[$row.EmployeeId]] = $row
            }
            else
            {
                $positions[$row.EmployeeId] = $rows.Count
                $rows.Add($row)
            }
        }
    }

    Write-Verbose "Read $($rows.Count) users from $Path"
    return ,$rows
}

function Get-CsvFileStamp
{
    <#
    .SYNOPSIS
        Length and last write time of the file: tells whether another process wrote it since.
    #>
    param([string]$Path)

    if (-not (Test-Path -Path $Path))
    {
        return 'absent'
    }
    $file = Get-Item -Path $Path
    return '{0}/{1}' -f $file.Length, $file.LastWriteTimeUtc.Ticks
}

function Open-CsvSession
{
    <#
    .SYNOPSIS
        The store as this export session holds it in memory (rows and an index by EmployeeId), read
        from the file only at the first call or when another process (the Password script) wrote
        the file since this session last did.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Path
    )

    $stamp = Get-CsvFileStamp -Path $Path
    $session = $null
    if (Test-Path -Path Variable:Global:CsvSession)
    {
        $session = $Global:CsvSession
    }
    if ($null -eq $session -or $session.Path -ne $Path -or $session.Stamp -ne $stamp)
    {
        $rows = Read-CsvStore -Path $Path
        $index = @{}
        foreach ($row in $rows)
        {
            $index[$row.EmployeeId] = $row
        }
        $session = @{ Path = $Path; Rows = $rows; Index = $index; Stamp = $stamp }
        $Global:CsvSession = $session
    }
    return $session
}

function Add-CsvStoreRow
{
    <#
    .SYNOPSIS
        Appends the rows an export changed to the file (the last row of a user wins when read).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [hashtable]$Session,

        [Parameter(Mandatory = $true)]
        [AllowEmptyCollection()]
        [System.Collections.IList]$Rows
    )

    if ($Rows.Count -eq 0)
    {
        return
    }
    $columns = Get-CsvColumnName
    $lines = $Rows | Select-Object -Property $columns | ConvertTo-Csv -NoTypeInformation | Select-Object -Skip 1
    Add-Content -Path $Session.Path -Value $lines -Encoding UTF8
    $Session.Stamp = Get-CsvFileStamp -Path $Session.Path
    Write-Verbose "Appended $($Rows.Count) rows to $($Session.Path)"
}

function Write-CsvStore
{
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Path,

        [Parameter(Mandatory = $true)]
        [AllowEmptyCollection()]
        [System.Collections.IList]$Rows
    )

    $columns = Get-CsvColumnName
    $Rows | Select-Object -Property $columns | Export-Csv -Path $Path -NoTypeInformation -Encoding UTF8
    Write-Verbose "Wrote $($Rows.Count) rows to $Path"
}

function New-CsvStore
{
    <#
    .SYNOPSIS
        Creates an empty store: a file with the header line only.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Path
    )

    $header = (Get-CsvColumnName | ForEach-Object { '"{0}"' -f $_ }) -join ','
    Set-Content -Path $Path -Value $header -Encoding UTF8
    Write-Verbose "Created $Path"
}

function New-CsvRow
{
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$EmployeeId
    )

    $row = New-Object -TypeName PSObject
    foreach ($column in Get-CsvColumnName)
    {
        $row | Add-Member -MemberType NoteProperty -Name $column -Value ''
    }
    $row.EmployeeId = $EmployeeId
    $row.isDeleted = 'False'
    return $row
}

function Get-UtcTimestamp
{
    # Round-trip format: sorts as text in time order, which the delta import relies on.
    return (Get-Date).ToUniversalTime().ToString('o')
}

function ConvertTo-Watermark
{
    <#
    .SYNOPSIS
        The import CustomData: 'since=<modifiedUtc>' plus ';offset=<n>' between pages. Plain text
        rather than JSON, because PowerShell 7's ConvertFrom-Json turns timestamps into DateTime.
    #>
    param(
        [string]$Since,
        [int]$Offset = -1
    )

    $watermark = "since=$Since"
    if ($Offset -ge 0)
    {
        $watermark += ";offset=$Offset"
    }
    return $watermark
}

function ConvertFrom-Watermark
{
    <#
    .SYNOPSIS
        Reads CustomData written by ConvertTo-Watermark into a hashtable (Since, Offset); empty values when there is none.
    #>
    param(
        [string]$CustomData
    )

    $watermark = @{ Since = ''; Offset = 0 }
    if ([string]::IsNullOrEmpty($CustomData))
    {
        return $watermark
    }

    foreach ($pair in $CustomData -split ';')
    {
        $name, $value = $pair -split '=', 2
        switch ($name)
        {
            'since'  { $watermark.Since = $value }
            'offset' { $watermark.Offset = [int]$value }
            default  { throw "Unexpected watermark '$CustomData': start with a full import." }
        }
    }
    return $watermark
}

function Get-AnchorValue
{
    <#
    .SYNOPSIS
        The EmployeeId of an exported CSEntryChange, from its anchor or, for an Add, its attributes.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true, ValueFromPipeline = $true)]
        $CSEntry
    )

    process
    {
        foreach ($anchor in $CSEntry.AnchorAttributes)
        {
            if ($anchor.Name -eq $Script:AnchorAttributeName)
            {
                return [string]$anchor.Value
            }
        }

        if ($CSEntry.ChangedAttributeNames -contains $Script:AnchorAttributeName)
        {
            $change = $CSEntry.AttributeChanges[$Script:AnchorAttributeName]
            if ($change.ValueChanges.Count -gt 0)
            {
                return [string]$change.ValueChanges[0].Value
            }
        }

        throw "The change $($CSEntry.Identifier) has no $($Script:AnchorAttributeName)."
    }
}

function ConvertTo-CsvValue
{
    <#
    .SYNOPSIS
        How an exported value is written to the file: booleans as True/False, everything else as text.
    #>
    param(
        $Value
    )

    if ($null -eq $Value)
    {
        return ''
    }
    if ($Value -is [bool])
    {
        if ($Value) { return 'True' } else { return 'False' }
    }
    return [string]$Value
}

function Set-CsvRowFromChange
{
    <#
    .SYNOPSIS
        Applies the attribute changes of a CSEntryChange to a row.
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $Row,

        [Parameter(Mandatory = $true)]
        $CSEntry
    )

    $known = @(Get-CsvUserAttribute | Select-Object -ExpandProperty Name)

    foreach ($attributeName in $CSEntry.ChangedAttributeNames)
    {
        if ($known -notcontains $attributeName)
        {
            throw "The attribute '$attributeName' is not in the schema of the CSV connector."
        }
        if ($attributeName -eq $Script:AnchorAttributeName)
        {
            if ((ConvertTo-CsvValue $CSEntry.AttributeChanges[$attributeName].ValueChanges[0].Value) -ne $Row.EmployeeId)
            {
                throw "$($Script:AnchorAttributeName) cannot be changed."
            }
            continue
        }

        $change = $CSEntry.AttributeChanges[$attributeName]
        $column = $attributeName

        switch ($change.ModificationType)
        {
            'Add'     { $Row.$column = ConvertTo-CsvValue $change.ValueChanges[0].Value }
            'Replace' { $Row.$column = ConvertTo-CsvValue $change.ValueChanges[0].Value }
            'Update'
            {
                # Single-valued: an update is a delete of the old value and/or an add of the new one.
                $added = @($change.ValueChanges | Where-Object { $_.ModificationType -eq 'Add' })
                if ($added.Count -gt 0)
                {
                    $Row.$column = ConvertTo-CsvValue $added[0].Value
                }
                else
                {
                    $Row.$column = ''
                }
            }
            'Delete'  { $Row.$column = '' }
            default   { throw "Unsupported attribute modification '$($change.ModificationType)' on $attributeName." }
        }
    }
}

function New-ImportEntry
{
    <#
    .SYNOPSIS
        A CSEntryChange for one row: Add (full import), Replace (delta import) or Delete (tombstone).
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        $Row,

        [Parameter(Mandatory = $true)]
        [ValidateSet('Add', 'Replace', 'Delete')]
        [string]$ModificationType
    )

    $csEntry = [Microsoft.MetadirectoryServices.CSEntryChange]::Create()
    $csEntry.ObjectType = $Script:ObjectTypeName
    $csEntry.ObjectModificationType = $ModificationType
    $csEntry.DN = "CN=$($Row.EmployeeId),OBJECT=USER"
    $csEntry.AnchorAttributes.Add([Microsoft.MetadirectoryServices.AnchorAttribute]::Create($Script:AnchorAttributeName, $Row.EmployeeId))

    if ($ModificationType -eq 'Delete')
    {
        return $csEntry
    }

    foreach ($attribute in Get-CsvUserAttribute)
    {
        $value = $Row.($attribute.Name)
        if ([string]::IsNullOrEmpty($value))
        {
            continue
        }
        if ($attribute.DataType -eq 'Boolean')
        {
            $value = $value -eq 'True'
        }
        $csEntry.AttributeChanges.Add([Microsoft.MetadirectoryServices.AttributeChange]::CreateAttributeAdd($attribute.Name, $value))
    }

    return $csEntry
}

function Get-PasswordHash
{
    <#
    .SYNOPSIS
        Base64 SHA-256 of salt and password. (A sample: a real store would use a slow hash.)
    #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Password,

        [Parameter(Mandatory = $true)]
        [string]$Salt
    )

    $sha = [System.Security.Cryptography.SHA256]::Create()
    try
    {
        $bytes = [System.Text.Encoding]::UTF8.GetBytes($Salt + $Password)
        return [Convert]::ToBase64String($sha.ComputeHash($bytes))
    }
    finally
    {
        $sha.Dispose()
    }
}

Export-ModuleMember -Function Get-CsvUserAttribute, Get-CsvColumnName, Get-CsvStorePath, Read-CsvStore, Write-CsvStore, Get-CsvFileStamp, Open-CsvSession, Add-CsvStoreRow, New-CsvStore, New-CsvRow, Get-UtcTimestamp, ConvertTo-Watermark, ConvertFrom-Watermark, Get-AnchorValue, ConvertTo-CsvValue, Set-CsvRowFromChange, New-ImportEntry, Get-PasswordHash
