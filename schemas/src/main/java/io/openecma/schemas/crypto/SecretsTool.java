package io.openecma.schemas.crypto;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes the secrets of a connector.yaml. Commands: {@code hash-token <token>},
 * {@code encrypt <value>} (uses OPENECMA_SECRET_KEY / OPENECMA_SECRET_KEY_ID) and {@code new-key}.
 * Give {@code -} instead of the value to read it from standard input, keeping it out of the shell history.
 */
public final class SecretsTool {

    private SecretsTool() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        if (args.length == 1 && args[0].equals("new-key")) {
            out.println(SecretBox.newKey());
            return 0;
        }
        if (args.length != 2 || !(args[0].equals("hash-token") || args[0].equals("encrypt"))) {
            err.println("usage: SecretsTool hash-token <token|->");
            err.println("       SecretsTool encrypt <value|->   (needs OPENECMA_SECRET_KEY, OPENECMA_SECRET_KEY_ID)");
            err.println("       SecretsTool new-key");
            return 2;
        }
        String value = args[1].equals("-") ? readLine() : args[1];
        if (value == null || value.isEmpty()) {
            err.println("no value given");
            return 2;
        }
        if (args[0].equals("hash-token")) {
            if (value.length() < 12) {
                err.println("a connector token has at least 12 characters (Entra ID requires it)");
                return 2;
            }
            out.println(TokenHash.hash(value));
            return 0;
        }
        try {
            out.println(SecretBox.fromEnvironment().encryptValue(value));
            return 0;
        } catch (SecretBoxException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String readLine() throws IOException {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
}
