function f { param([ValidateSet('red', 'green')][string]$Color) "color $Color" }
f -Color pink
