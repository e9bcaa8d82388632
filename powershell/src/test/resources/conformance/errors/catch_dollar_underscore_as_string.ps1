try { throw 'as text' } catch { "caught: $_" }
