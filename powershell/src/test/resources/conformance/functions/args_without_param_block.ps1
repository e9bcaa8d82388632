function f { "$($args.Count) [$($args[1])]" }
f x y z
f
