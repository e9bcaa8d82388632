$host1 = 'srv'
"${host1}:443"
