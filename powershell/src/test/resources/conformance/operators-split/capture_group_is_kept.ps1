'a1b' -split '(\d)'
