'{1}' -f 'only'
