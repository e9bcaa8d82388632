$sb = { 'a'; 'b' }
& $sb
(& $sb).Count
