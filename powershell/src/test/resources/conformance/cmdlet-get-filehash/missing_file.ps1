Get-FileHash -Path nofile.txt -ErrorAction Stop
