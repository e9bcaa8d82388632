'bcd' -match '^[a-z-[aeiou]]+$'
'bad' -match '^[a-z-[aeiou]]+$'
