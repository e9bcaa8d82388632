${my var} = 7
${my var}
${a-b} = 'x'
${a-b}
