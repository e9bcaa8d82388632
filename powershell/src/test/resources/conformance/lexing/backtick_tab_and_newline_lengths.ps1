"a`tb".Length
[int][char]"`t"
"x`ny".Length
[int]"`n"[0]
[int]"`r"[0]
