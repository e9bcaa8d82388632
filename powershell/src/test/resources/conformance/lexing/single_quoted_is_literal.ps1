'a $b `t c'
