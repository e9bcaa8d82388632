$pre = 'file'
"${pre}name"
"$($pre)s"
