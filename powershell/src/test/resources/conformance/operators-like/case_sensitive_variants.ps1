'Hello' -clike 'h*'
'Hello' -clike 'H*'
'Hello' -ilike 'h*'
'Hello' -cnotlike 'h*'
