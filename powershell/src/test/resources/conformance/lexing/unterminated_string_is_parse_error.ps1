'ok'
"open
