package io.openecma.testsupport.fuzz;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The hostile-input fuzz run against a running scim-ingress: {@code requests} requests from
 * {@link FuzzCases} on {@code threads} connections at a time, then the slow-body probe. Exits 1 when
 * any answer is wrong ({@link FuzzTally}) or valid requests went unanswered during the probe.
 *
 * <pre>
 * ScimFuzz [--host localhost] [--port 8585] [--connector Name] [--token T] [--foreign-token T]
 *          [--requests 20000] [--threads 4] [--seed 1] [--slow 200]
 * </pre>
 */
public final class ScimFuzz {

    /** What a run is pointed at and how big it is. */
    public record Settings(String host, int port, String base, String token, String foreignToken, int requests,
                           int threads, long seed, int slowConnections) {
    }

    private ScimFuzz() {
    }

    public static void main(String[] args) throws Exception {
        String host = "localhost";
        int port = 8585;
        String connector = "csv";
        String token = "openecma-demo-token-change-me";
        String foreign = "not-a-token-of-this-connector";
        int requests = 20_000;
        int threads = 4;
        long seed = 1;
        int slow = 200;
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--host" -> host = value;
                case "--port" -> port = Integer.parseInt(value);
                case "--connector" -> connector = value;
                case "--token" -> token = value;
                case "--foreign-token" -> foreign = value;
                case "--requests" -> requests = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--slow" -> slow = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Settings settings = new Settings(host, port, "/ecma2host_" + connector + "/scim", token, foreign, requests, threads,
                seed, slow);
        FuzzTally tally = fuzz(settings);
        System.out.print(tally.report());
        SlowBodyProbe.Result probe = SlowBodyProbe.run(host, port, settings.base(), token, slow, 20);
        System.out.print(probe.report());
        boolean ok = tally.wrongAnswers() == 0 && probe.validAnswered() == probe.valid();
        System.out.println(ok ? "PASSED" : "FAILED");
        System.exit(ok ? 0 : 1);
    }

    public static FuzzTally fuzz(Settings settings) throws InterruptedException {
        FuzzCases cases = new FuzzCases(settings.seed(), settings.host() + ":" + settings.port(), settings.base(),
                settings.token(), settings.foreignToken());
        RawHttp http = new RawHttp(settings.host(), settings.port(), 30_000);
        FuzzTally tally = new FuzzTally();
        AtomicInteger left = new AtomicInteger(settings.requests());
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        for (int t = 0; t < settings.threads(); t++) {
            pool.execute(() -> {
                while (left.getAndDecrement() > 0) {
                    FuzzCase request;
                    synchronized (cases) {
                        request = cases.next();
                    }
                    tally.record(request, http.send(request.request()));
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(2, TimeUnit.HOURS)) {
            throw new IllegalStateException("the fuzz run did not end within 2 hours");
        }
        return tally;
    }

    public static SlowBodyProbe.Result slowBodies(Settings settings) throws IOException {
        return SlowBodyProbe.run(settings.host(), settings.port(), settings.base(), settings.token(),
                settings.slowConnections(), 20);
    }
}
