'hello hello' -match '^(?<w>\w+) \k<w>$'
"one`ntwo" -match '(?m)^two$'
"one`ntwo" -match '^two$'
