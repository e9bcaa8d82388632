'42' -as 'int'
$t = [double]
('1.5' -as $t) * 2
