function f { begin { 'b' } process { 'p' } end { 'e' } }
f
