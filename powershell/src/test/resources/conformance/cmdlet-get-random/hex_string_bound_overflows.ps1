# GetRandomCommandBase.ProcessOperand: a string bound goes through Parser.ScanNumber, whose fallback
# converts to Int32 (Int32Converter reads "0x.." with Convert.ToInt32(s, 16), unsigned, so the overflow
# names UInt32). Get-Random.Tests.ps1 expects this text for Get-Random 0x07FFFFFFFFFFFFFFFF.
try { Get-Random 0x07FFFFFFFFFFFFFFFF } catch { $_.Exception.Message }
try { [int]'0x1FFFFFFFF' } catch { $_.Exception.Message }
try { [long]'0x1FFFFFFFFFFFFFFFF' } catch { $_.Exception.Message }
[int]'0xFFFFFFFF'
(Get-Random -Maximum '0x10' -Minimum '0xF')
