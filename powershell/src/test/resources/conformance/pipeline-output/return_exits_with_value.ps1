function f { return 5; 'never' }
f
