function f($first, $second) { "$first/$second" }
f -second 2 -first 1
f -SECOND 'b' 'a'
