# ps7-additive (issue #11): 40000 does not fit System.Int16, so 40000s is a bad numeric constant.
Invoke-Expression '40000s'
