New-Object -TypeName Does.Not.Exist
