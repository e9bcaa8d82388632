switch (5) { '5' { 'string clause matched' } }
