# ConvertFrom-StringData.cs: a line without '=' (or starting with it) is InvalidDataLine (ConvertFromStringData.resx)
try { ConvertFrom-StringData 'abc' } catch { $_.FullyQualifiedErrorId }
ConvertFrom-StringData "a=1`na=2"
