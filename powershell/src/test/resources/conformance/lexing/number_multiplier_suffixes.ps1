1kb
1mb
1gb
2KB
1.5kb
