'before'
exit
'after'
