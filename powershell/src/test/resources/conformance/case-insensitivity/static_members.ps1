[MATH]::MAX(1, 2)
[string]::isnullorempty('')
[int]::maxvalue
