function f { param([ValidateSet('red', 'green')][string]$Color) "color $Color" }
f -Color red
f -Color GREEN
