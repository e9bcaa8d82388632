[string]1.0
[string]0.5
[string]1e20
[string]100000000000000000000d
