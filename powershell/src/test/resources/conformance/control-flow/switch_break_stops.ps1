switch (1) { 1 { 'a'; break } 1 { 'b' } }
