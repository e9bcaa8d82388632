if ('John Smith' -match '(\w+) (\w+)') { $Matches[2]; $Matches[1]; $Matches.Count }
