function f { 'first'; return 'second' }
(f) -join ','
