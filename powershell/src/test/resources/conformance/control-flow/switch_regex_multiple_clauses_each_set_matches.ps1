switch -Regex ('id=42;name=ann') {
  'id=(\d+)' { "id $($Matches[1])" }
  'name=(\w+)' { "name $($Matches[1])" }
}
