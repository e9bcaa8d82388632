# [sbyte], [uint16], [uint32], [uint64] (System.SByte/UInt16/UInt32/UInt64; 5.1 has no [uint]/[ulong]
# accelerators). Casts round a fraction to even and refuse a value out of range (Convert's
# OverflowException text); arithmetic runs in the wider operand type (Binders.cs BinaryNumericOp):
# small types as Int32, UInt32 as UInt32 unless the other operand is negative (then Int64), and an
# unsigned result out of range or an inexact quotient becomes a Double (NumericOps.cs UIntOps/ULongOps).
([uint32]5).GetType().FullName
([sbyte]-1).GetType().FullName
([uint16]7).GetType().FullName
([uint64]7).GetType().FullName
[uint32]::MaxValue
[uint64]::MaxValue
'{0} {1} {2}' -f [uint32]2.5, [uint32]3.5, [uint32]'42'
$r = [uint32]4294967295 + 1; '{0} {1}' -f $r, $r.GetType().Name
$r = [uint32]3 + -5; '{0} {1}' -f $r, $r.GetType().Name
$r = [uint32]3 - 5; '{0} {1}' -f $r, $r.GetType().Name
([uint32]6 + [uint32]1).GetType().Name
([uint16]7 + 1).GetType().Name
$r = [sbyte]127 + [sbyte]1; '{0} {1}' -f $r, $r.GetType().Name
[uint64]10 / 4
([uint64]12 / 4).GetType().Name
[uint32]5 -eq 5
[uint64]::MaxValue -gt [long]::MaxValue
'{0:N0} {1:X}' -f [uint32]9000, [uint32]255
try { [uint32]-1 } catch { $_.Exception.Message }
try { [sbyte]200 } catch { $_.Exception.Message }
try { [uint16]'abc' } catch { $_.Exception.Message }
