if ('') { 'a' } else { 'b' }
if (' ') { 'c' } else { 'd' }
