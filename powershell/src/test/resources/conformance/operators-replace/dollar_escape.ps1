'cost' -replace 'cost', '$$5'
