package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.collections.QueueValue;
import io.openecma.powershell.types.collections.StackValue;
import io.openecma.powershell.types.crypto.HmacValue;
import io.openecma.powershell.types.crypto.RandomNumberGeneratorValue;
import io.openecma.powershell.types.crypto.Rfc2898DeriveBytesValue;
import io.openecma.powershell.types.facades.BitConverterStatics;
import io.openecma.powershell.types.facades.MarshalStatics;
import io.openecma.powershell.types.web.HttpUtilityStatics;
import io.openecma.powershell.types.web.NameValueCollectionValue;
import io.openecma.powershell.types.web.WebUtilityStatics;

import java.util.List;

/**
 * Registers the utility .NET types connector scripts use: BitConverter, Stopwatch, the keyed
 * hashes and random/derived bytes of System.Security.Cryptography, HttpUtility/WebUtility, Marshal's
 * SecureString readers, and the queues and stacks (plain and generic).
 */
final class UtilityTypes {
    private UtilityTypes() {
    }

    static void register(TypeRegistry r) {
        r.add("System.BitConverter", null, BitConverterStatics.class, null, false, v -> false, null, null);
        r.add("System.Diagnostics.Stopwatch", StopwatchValue.class, StopwatchValue.class, null, true, null, null,
                args -> new StopwatchValue());
        String[][] hmacs = {{"HMACSHA256", "HmacSHA256"}, {"HMACSHA1", "HmacSHA1"}, {"HMACSHA384", "HmacSHA384"},
                {"HMACSHA512", "HmacSHA512"}, {"HMACMD5", "HmacMD5"}};
        for (String[] h : hmacs) {
            r.add("System.Security.Cryptography." + h[0], HmacValue.class, null, null, true, null, null,
                    args -> new HmacValue(h[0], h[1], args.isEmpty() ? null : LanguagePrimitives.unwrapNull(args.get(0))));
        }
        r.add("System.Security.Cryptography.RNGCryptoServiceProvider", RandomNumberGeneratorValue.class, null, null, true,
                null, null, args -> new RandomNumberGeneratorValue());
        r.add("System.Security.Cryptography.RandomNumberGenerator", RandomNumberGeneratorValue.class,
                RandomNumberGeneratorValue.class, null, true, v -> v instanceof RandomNumberGeneratorValue, null, null);
        r.add("System.Security.Cryptography.Rfc2898DeriveBytes", Rfc2898DeriveBytesValue.class, null, null, true, null, null, null);
        r.add("System.Web.HttpUtility", null, HttpUtilityStatics.class, null, false, v -> false, null, null);
        r.add("System.Net.WebUtility", null, WebUtilityStatics.class, null, false, v -> false, null, null);
        r.add("System.Collections.Specialized.NameValueCollection", NameValueCollectionValue.class, null, null, true, null, null,
                args -> new NameValueCollectionValue());
        r.add("System.Runtime.InteropServices.Marshal", null, MarshalStatics.class, null, false, v -> false, null, null);
        r.add("System.IntPtr", MarshalStatics.StringHandle.class, null, null, false, null, null, null);
        // one Java class carries Queue and Queue[T] (Stack and Stack[T]); .NET's are unrelated types, so -is tells them apart
        r.add("System.Collections.Queue", QueueValue.class, null, null, true, v -> v instanceof QueueValue q && q.elementType() == null,
                null, args -> new QueueValue(null));
        r.add("System.Collections.Stack", StackValue.class, null, null, true, v -> v instanceof StackValue s && s.elementType() == null,
                null, args -> new StackValue(null));
        r.defineGeneric("system.collections.generic.queue`1", a -> generic("System.Collections.Generic.Queue", QueueValue.class, a,
                v -> v instanceof QueueValue q && a.get(0).equals(q.elementType()), args -> filled(new QueueValue(a.get(0)), args)));
        r.defineGeneric("system.collections.generic.stack`1", a -> generic("System.Collections.Generic.Stack", StackValue.class, a,
                v -> v instanceof StackValue s && a.get(0).equals(s.elementType()), args -> filled(new StackValue(a.get(0)), args)));
    }

    private static PSType generic(String name, Class<?> javaClass, List<PSType> a, java.util.function.Predicate<Object> test,
                                  java.util.function.Function<List<Object>, Object> ctor) {
        return new PSType(name + "[" + a.get(0).fullName() + "]", javaClass,
                a, null, null, true, test, null, ctor);
    }

    /** The (IEnumerable) constructors: a queue keeps the order, a stack pushes each in turn. */
    private static Object filled(Object collection, List<Object> args) {
        if (args.size() == 1 && LanguagePrimitives.isEnumerable(args.get(0))) {
            for (Object item : LanguagePrimitives.toList(args.get(0))) {
                if (collection instanceof QueueValue q) {
                    q.Enqueue(item);
                } else {
                    ((StackValue) collection).Push(item);
                }
            }
        }
        return collection;
    }
}
