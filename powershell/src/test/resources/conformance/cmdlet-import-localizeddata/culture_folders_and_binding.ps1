# ImportLocalizedData.cs: FILE.psd1 is looked up under BASE\<culture> for the culture and its parents,
# then in BASE; it runs as a data section; -BindingVariable assigns in the caller's scope.
$null = New-Item -ItemType Directory loc, loc\en, loc\fr-FR
Set-Content loc\texts.psd1 "ConvertFrom-StringData 'hello=fallback'"
Set-Content loc\en\texts.psd1 "ConvertFrom-StringData 'hello=en'"
Set-Content loc\fr-FR\texts.psd1 "ConvertFrom-StringData 'hello=fr-FR'"
Set-Content loc\bad.psd1 'Get-ChildItem'
(Import-LocalizedData -BaseDirectory loc -FileName texts -UICulture fr-FR).hello
(Import-LocalizedData -BaseDirectory loc -FileName texts -UICulture en-GB).hello
(Import-LocalizedData -BaseDirectory loc -FileName texts -UICulture de-DE).hello
Import-LocalizedData strings -BaseDirectory loc -FileName texts.psd1
$strings.hello
& { Import-LocalizedData strings -BaseDirectory loc -FileName texts -UICulture fr-FR; $strings.hello }
$strings.hello
Import-LocalizedData -BaseDirectory loc -FileName missing -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
try { Import-LocalizedData -BaseDirectory loc -FileName bad } catch { $_.Exception.GetType().Name }
(Import-LocalizedData -BaseDirectory loc -FileName bad -SupportedCommand Get-ChildItem).Name -contains 'loc'
try { Import-LocalizedData -BaseDirectory loc -FileName loc\texts } catch { $_.Exception.Message }
