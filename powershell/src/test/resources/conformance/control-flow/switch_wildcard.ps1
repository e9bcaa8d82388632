switch -Wildcard ('report.csv') { '*.txt' { 'text' } '*.csv' { 'csv' } 'rep*' { 'rep' } }
