package io.openecma.powershell.types;

import io.openecma.powershell.runtime.LanguagePrimitives;
import io.openecma.powershell.types.facades.EnvironmentStatics;
import io.openecma.powershell.types.io.DirectoryInfoValue;
import io.openecma.powershell.types.io.DirectoryStatics;
import io.openecma.powershell.types.io.FileInfoValue;
import io.openecma.powershell.types.io.FileStatics;
import io.openecma.powershell.types.io.StreamReaderValue;
import io.openecma.powershell.types.io.StreamWriterValue;

/** Registers System.IO's file types, the text encodings' own classes and EnvironmentVariableTarget. */
final class IoTypes {
    private IoTypes() {
    }

    static void register(TypeRegistry r) {
        r.add("System.IO.File", null, FileStatics.class, null, false, v -> false, null, null);
        r.add("System.IO.Directory", null, DirectoryStatics.class, null, false, v -> false, null, null);
        r.add("System.IO.SearchOption", DirectoryStatics.SearchOption.class, null, null, false, null, null, null);
        r.add("System.IO.FileSystemInfo", io.openecma.powershell.types.io.FileSystemInfoValue.class, null, null, true, null, null, null);
        r.add("System.IO.FileInfo", FileInfoValue.class, null, null, true, null,
                v -> v instanceof FileInfoValue f ? f : new FileInfoValue(LanguagePrimitives.toStringValue(v)),
                args -> new FileInfoValue(LanguagePrimitives.toStringValue(args.get(0))));
        r.add("System.IO.DirectoryInfo", DirectoryInfoValue.class, null, null, true, null,
                v -> v instanceof DirectoryInfoValue d ? d : new DirectoryInfoValue(LanguagePrimitives.toStringValue(v)), null);
        r.add("System.IO.StreamReader", StreamReaderValue.class, null, null, true, null, null, null);
        r.add("System.IO.StreamWriter", StreamWriterValue.class, null, null, true, null, null, null);
        r.add("System.EnvironmentVariableTarget", EnvironmentStatics.EnvironmentVariableTarget.class, null, null, false,
                null, null, null);
        r.add("System.Text.UTF8Encoding", EncodingValue.class, null, null, true, v -> false, null,
                args -> EncodingValue.utf8(!args.isEmpty() && LanguagePrimitives.isTrue(args.get(0))));
        r.add("System.Text.UnicodeEncoding", EncodingValue.class, null, null, true, v -> false, null,
                args -> EncodingValue.unicode(args.size() > 0 && LanguagePrimitives.isTrue(args.get(0)),
                        args.size() < 2 || LanguagePrimitives.isTrue(args.get(1))));
        r.add("System.Text.UTF32Encoding", EncodingValue.class, null, null, true, v -> false, null,
                args -> EncodingValue.utf32(args.size() > 0 && LanguagePrimitives.isTrue(args.get(0)),
                        args.size() < 2 || LanguagePrimitives.isTrue(args.get(1))));
        r.add("System.Text.ASCIIEncoding", EncodingValue.class, null, null, true, v -> false, null, args -> EncodingValue.ascii());
    }
}
