package io.openecma.runtime.pwsh;

import java.nio.file.Path;
import java.util.List;

/** The "pwsh" command that starts {@link EmbeddedPwshStandIn} with this test JVM's class path. */
public final class StandIn {

    private StandIn() {
    }

    public static PwshCommand command() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new PwshCommand(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xss4m",
                "-cp", System.getProperty("java.class.path"), EmbeddedPwshStandIn.class.getName()),
                "the embedded stand-in for tests");
    }

    /** An executable shell script in {@code dir} that starts the stand-in, for OPENECMA_PWSH / -Dopenecma.pwsh. */
    public static Path wrapperScript(Path dir) throws java.io.IOException {
        StringBuilder line = new StringBuilder("exec");
        for (String part : command().prefix()) {
            line.append(" '").append(part.replace("'", "'\\''")).append("'");
        }
        Path script = dir.resolve("pwsh-stand-in");
        java.nio.file.Files.writeString(script, "#!/bin/sh\n" + line + " \"$@\"\n");
        script.toFile().setExecutable(true);
        return script;
    }
}
