function f {
  trap { 'function trap'; continue }
  throw 'inside'
  'rest of function'
}
f
