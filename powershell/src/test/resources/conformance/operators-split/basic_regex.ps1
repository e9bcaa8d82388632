'a,b,c' -split ','
'a1b2c' -split '\d'
