$a = 2
"sum: $($a + 3)"
"len: $('abcd'.Length)"
