try { [string].MakeGenericType([int]) } catch { $_.Exception.InnerException.GetType().FullName }
try { ([type]'System.Collections.Generic.List`1').MakeGenericType([string], [int]) } catch { $_.Exception.InnerException.GetType().FullName }
