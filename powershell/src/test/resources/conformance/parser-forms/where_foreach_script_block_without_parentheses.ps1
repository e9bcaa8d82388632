# Parser.cs MemberInvokeRule: $x.Name{...} is $x.Name({...}).
((1, 2, 3).Where{ $_ -gt 1 }) -join ','
((1, 2, 3).ForEach{ $_ * 10 }) -join ','
(1, 2, 3).Where({ $_ -gt 1 }, 'First')
