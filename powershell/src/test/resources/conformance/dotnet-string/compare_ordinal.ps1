[string]::CompareOrdinal('a', 'b') -lt 0
[string]::CompareOrdinal('b', 'a') -gt 0
[string]::CompareOrdinal('abc', 'abc')
[string]::CompareOrdinal('B', 'a') -lt 0
[string]::CompareOrdinal('2024-01-02T00:00:00Z', '2024-01-01T23:59:59Z') -gt 0
[string]::CompareOrdinal($null, 'a') -lt 0
