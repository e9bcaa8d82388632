function f { 'first' }
function f { 'second' }
f
