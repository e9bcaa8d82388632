$o = '{"users":[{"id":"a","tags":["x"]},{"id":"b","tags":["y","z"]}]}' | ConvertFrom-Json
$o.users.id -join ','
$o.users[1].tags.Count
$o.users.Count
