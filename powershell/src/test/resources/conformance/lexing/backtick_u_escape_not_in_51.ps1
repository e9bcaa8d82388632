# ps51: PowerShell 6+ reads `u{41} as a Unicode escape and prints A
"`u{41}"
