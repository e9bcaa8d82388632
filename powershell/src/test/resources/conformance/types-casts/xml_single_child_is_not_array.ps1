$x = [xml]'<r><item id="only"/></r>'
$x.r.item.id
$x.r.item.GetType().Name
