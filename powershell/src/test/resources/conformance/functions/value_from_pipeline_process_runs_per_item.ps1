function Double {
  param([Parameter(ValueFromPipeline)]$InputItem)
  process { $InputItem * 2 }
}
1, 2, 3 | Double
Double -InputItem 5
