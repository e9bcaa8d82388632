function f { 1; 'two'; 3 }
f
(f).Count
