function CountInput { @($input).Count }
1..4 | CountInput
