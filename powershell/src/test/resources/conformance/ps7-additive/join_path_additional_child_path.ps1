# Join-Path -AdditionalChildPath (PowerShell 6.0+, JoinPathCommand.cs: Position 2,
# ValueFromRemainingArguments) joins each further child in order; 5.1 code never passes a third
# positional argument, so the addition changes no 5.1 meaning. Separators as 5.1 writes them.
Join-Path 'a' 'b' 'c' 'd.psd1'
Join-Path -Path 'a' -ChildPath 'b' -AdditionalChildPath 'c','d'
