5 -band 3
5 -bor 3
5 -bxor 3
-bnot 0
1 -shl 3
16 -shr 2
