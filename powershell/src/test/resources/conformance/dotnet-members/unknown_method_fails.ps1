'abc'.NoSuchMethod()
