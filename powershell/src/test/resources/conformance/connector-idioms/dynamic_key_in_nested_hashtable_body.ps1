$attributeName = 'mobilePhone'
$attributeValue = '+1-555-0100'
@{ profile = @{ $attributeName = $attributeValue } } | ConvertTo-Json -Compress
