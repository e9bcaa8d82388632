# $PSCulture reads the thread's CurrentCulture, so it follows an assignment to it
$old = [cultureinfo]::CurrentCulture
[cultureinfo]::CurrentCulture = 'ru-RU'
$PSCulture
[System.Threading.Thread]::CurrentThread.CurrentCulture.Name
[cultureinfo]::CurrentCulture.EnglishName
[cultureinfo]::CurrentCulture = $old
$PSCulture
