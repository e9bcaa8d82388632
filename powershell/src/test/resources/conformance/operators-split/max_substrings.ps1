'a,b,c,d' -split ',', 2
