switch -Regex ('user42') { '^user(\d+)$' { "id $($Matches[1])" } '^admin' { 'admin' } }
