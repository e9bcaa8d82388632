Add-Member -InputObject a -MemberType Method -Name m
