function Fail-Here {
  throw 'inside the function'
}
Fail-Here
