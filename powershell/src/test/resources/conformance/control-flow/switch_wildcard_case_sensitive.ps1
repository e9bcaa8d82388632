switch -Wildcard -CaseSensitive ('Report.CSV') { '*.csv' { 'lower' } '*.CSV' { 'upper' } }
