'abc'.Substring(1, 2, 3)
