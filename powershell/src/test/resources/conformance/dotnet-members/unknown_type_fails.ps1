[Does.Not.Exist]::Foo()
