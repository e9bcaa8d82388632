[guid]'not-a-guid'
