$people = [pscustomobject]@{ Name = 'Ann'; Age = 30 }, [pscustomobject]@{ Name = 'Bob'; Age = 40 }
($people | Where-Object Age -gt 35).Name
($people | Where-Object Name -eq 'ann').Age
($people | Where-Object Name -like 'B*').Name
