switch (1, 2, 3) { 2 { 'two'; break } default { "d$_" } }
