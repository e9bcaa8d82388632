$x = [xml]'<root><user id="1"><login>Ann</login></user><user id="2"><login>Bob</login></user></root>'
$x.root.user.Count
$x.root.user[0].login
$x.root.user[1].id
$x.root.user.login -join ','
$x.DocumentElement.Name
