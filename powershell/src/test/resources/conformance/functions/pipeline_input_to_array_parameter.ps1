function f {
  param([Parameter(ValueFromPipeline)][string[]]$Item)
  process { foreach ($i in $Item) { "<$i>" } }
}
'a', 'b' | f
f -Item c, d
