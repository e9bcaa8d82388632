# ps7-additive (issue #11): PowerShell 7's integer literal suffixes n (BigInteger) and s (Int16); about_Numeric_Literals.
$big = 18446744073709551615n
$big
$big.GetType().FullName
$big + 1
-$big
(7s).GetType().FullName
# The type suffix comes before the multiplier.
(2skb).GetType().Name
2skb
(1nkb).GetType().Name
