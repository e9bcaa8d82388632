try { 'body' } finally { 'finally' }
try { throw 'e' } catch { 'catch' } finally { 'finally2' }
