[double]'1.5'
[decimal]'1.10'
[long]'9000000000'
