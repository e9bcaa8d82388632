'{0:yyyy-MM-dd HH:mm}' -f [datetime]'2021-03-04 05:06:07'
