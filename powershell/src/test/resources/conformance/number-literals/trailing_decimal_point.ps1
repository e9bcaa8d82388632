# tokenizer.cs ScanNumberHelper: digits then '.' not followed by another '.' is a real literal ("20." is 20.0); "1..3" stays a range
$a = 20.; $a.GetType().Name
$a
(1..3) -join ','
@{ Max = 20.; Min = 0.0 }.Max.GetType().Name
