trap { "trapped: $($_.Exception.Message)"; continue }
'before'
throw 'oops'
'after'
