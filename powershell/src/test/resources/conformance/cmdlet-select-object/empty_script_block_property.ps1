'bar' | Select-Object -Property {}
