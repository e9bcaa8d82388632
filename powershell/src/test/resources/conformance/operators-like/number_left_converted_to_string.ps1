123 -like '1*'
