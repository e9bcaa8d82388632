$x = [xml]@'
<config>
  <setting key="a">1</setting>
  <setting key="b">2</setting>
</config>
'@
$x.SelectNodes('//setting').Count
$x.SelectSingleNode("//setting[@key='b']").InnerText
($x.config.setting | ForEach-Object { $_.key }) -join ';'
