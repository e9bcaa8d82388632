param($First)
'never printed'
param(
  [System.Collections.Generic.IList[string]]
  $Second
)
