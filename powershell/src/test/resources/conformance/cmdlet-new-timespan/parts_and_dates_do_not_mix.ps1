New-TimeSpan -Start ([datetime]'2020-01-01') -Days 1
