function f {
  param(
    [Parameter(Position = 1)]$Second,
    [Parameter(Position = 0)]$First
  )
  "$First then $Second"
}
f a b
