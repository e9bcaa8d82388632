[cultureinfo]'abcdefghijkl'
