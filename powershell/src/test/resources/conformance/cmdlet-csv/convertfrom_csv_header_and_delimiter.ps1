'1;2' | ConvertFrom-Csv -Header x, y -Delimiter ';'
