function Stop-Here { throw 'stopping' }
'before'
Stop-Here
'not reached in function caller'
