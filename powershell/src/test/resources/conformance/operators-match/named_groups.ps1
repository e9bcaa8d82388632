if ('2021-03-04' -match '(?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)') {
  $Matches.year
  $Matches['month']
  $Matches.DAY
}
