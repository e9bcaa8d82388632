('a', 'b').ToUpper()
