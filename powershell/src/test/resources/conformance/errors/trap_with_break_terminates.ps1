trap { 'trapped'; break }
throw 'fatal'
'after'
