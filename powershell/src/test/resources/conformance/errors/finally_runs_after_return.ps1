function f { try { return 'returned' } finally { 'cleanup' } }
f
