$message = 'started'
"$(Get-Date -Date '2021-03-04 05:06:07' -Format "yyyy-MM-dd HH:mm:ss") - $message"
