filter Add-Ten { $_ + 10 }
1, 2 | Add-Ten
