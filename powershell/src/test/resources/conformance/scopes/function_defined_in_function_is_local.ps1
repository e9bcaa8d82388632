function outer { function helper { 'helped' }; helper }
outer
Test-Path function:helper
