'before'
throw 'fatal problem'
'after'
