package com.licensedesk.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Resident memory of a window left alone: each process started from the test class path on Monocle's headless
 * screen with the packaged launcher's JVM options (packaging/java-options), and its VmRSS read from /proc 90 s after
 * its first window showed. The floor is the bare JavaFX window started the same way; License Desk on a new data
 * directory and on the benchmarks' 100,000-customer desk. The three run side by side in each round.
 */
@Tag("benchmark")
class IdleMemoryBenchmark {
    private static final int ROUNDS = Integer.getInteger("benchmark.idle.rounds", 3);
    private static final long IDLE_SECONDS = Long.getLong("benchmark.idle.seconds", 90);
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);

    @Test
    void anIdleWindowHoldsLittleMoreThanABareOne() throws Exception {
        try (LicenseDesk app = BenchmarkDesk.open(CUSTOMERS, java.time.Clock.systemDefaultZone())) {
            // made and migrated before the runs
        }
        Path big = BenchmarkDesk.home(CUSTOMERS);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        command.addAll(Arrays.asList(Files.readString(Path.of("packaging", "java-options")).trim().split("\\s+")));
        command.addAll(List.of("-cp", classPath));
        long[][] kib = new long[3][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            Path fresh = Files.createTempDirectory("idle-fresh");
            List<Idle> running = List.of(
                    Idle.start(concat(command, HelloWindow.class.getName()), fresh.resolve("hello")),
                    Idle.start(concat(command, Main.class.getName()), fresh.resolve("new")),
                    Idle.start(concat(command, Main.class.getName()), big));
            try {
                for (Idle idle : running) {
                    idle.awaitShown();
                }
                // A benchmark's wait: the windows are left alone as a person leaves one open.
                Thread.sleep(TimeUnit.SECONDS.toMillis(IDLE_SECONDS));
                for (int kind = 0; kind < running.size(); kind++) {
                    kib[kind][round] = running.get(kind).resident();
                }
            } finally {
                for (Idle idle : running) {
                    idle.stop();
                }
            }
        }
        long floor = median(kib[0]);
        String[] what = {"bare JavaFX window (floor)", "License Desk, new data directory",
            String.format(Locale.ROOT, "License Desk, %,d customers", CUSTOMERS)};
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "| idle %d s after the first window, VmRSS | median MB | runs MB | ratio"
                + " to the bare window |", IDLE_SECONDS));
        lines.add("|---|---|---|---|");
        for (int kind = 0; kind < what.length; kind++) {
            lines.add(String.format(Locale.ROOT, "| %s | %.0f | %s | %.2fx |", what[kind], median(kib[kind]) * 1.024
                    / 1000, Arrays.stream(kib[kind]).mapToObj(k -> String.format(Locale.ROOT, "%.0f", k * 1.024 / 1000))
                    .reduce((a, b) -> a + " / " + b).orElse(""), (double) median(kib[kind]) / floor));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%d rounds, the three processes side by side in each; class path,"
                + " Monocle headless, JVM options `%s`; MB are 1,000,000 bytes.", ROUNDS,
                Files.readString(Path.of("packaging", "java-options")).trim()));
        String table = String.join("\n", lines);
        System.out.println(table);
        BenchmarkReport.section("1b-idle-memory", "Idle memory", table);
    }

    private static List<String> concat(List<String> command, String mainClass) {
        List<String> all = new ArrayList<>(command);
        all.add(mainClass);
        return all;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** A process started and left alone once its first window shows; its output read so that it never blocks. */
    private record Idle(Process process, CountDownLatch shown, List<String> output) {
        static Idle start(List<String> command, Path home) throws IOException {
            Files.createDirectories(home);
            List<String> withHome = new ArrayList<>(command);
            withHome.add(1, "-Duser.home=" + home);
            ProcessBuilder builder = new ProcessBuilder(withHome).redirectErrorStream(true);
            builder.environment().put("LICENSEDESK_HOME", home.toString());
            builder.environment().put("HOME", home.toString());
            Process process = builder.start();
            CountDownLatch shown = new CountDownLatch(1);
            List<String> output = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        output.add(line);
                        if (line.contains(StartupBenchmark.SHOWN)) {
                            shown.countDown();
                        }
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
            return new Idle(process, shown, output);
        }

        void awaitShown() throws InterruptedException {
            if (!shown.await(2, TimeUnit.MINUTES)) {
                throw new AssertionError("no window:\n" + String.join("\n", output));
            }
        }

        /** VmRSS now, in KiB. */
        long resident() throws IOException {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            throw new AssertionError("no VmRSS for " + process.pid() + ":\n" + String.join("\n", output));
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
