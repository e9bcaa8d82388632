try { throw 'custom id' } catch { $_.FullyQualifiedErrorId }
