. { $made = 1 }
"[$made]"
