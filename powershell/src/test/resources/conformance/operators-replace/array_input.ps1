'ab', 'cb' -replace 'b', 'x'
