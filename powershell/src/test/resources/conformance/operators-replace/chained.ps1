'Hello World' -replace 'World', 'There' -replace 'Hello', 'Hi'
