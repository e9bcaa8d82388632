$env:OE_CONF_GREETING = 'hi'
"say $env:OE_CONF_GREETING"
