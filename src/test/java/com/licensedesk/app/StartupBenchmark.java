package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up to the first interactive screen, from a new process to the Start screen on view, against a bare JavaFX
 * window started the same way (same java, class path and toolkit; Monocle's headless screen, so no display is
 * needed). Runs alternate; each figure is a median. Homes: a new data directory (the database created and migrated)
 * and the benchmark's 100,000-customer desk. Its table goes into target/benchmark/report.md.
 */
@Tag("benchmark")
class StartupBenchmark {
    /** What both processes print once their first window is on screen. */
    static final String SHOWN = "License Desk: first window shown";
    private static final int ROUNDS = Integer.getInteger("benchmark.startup.rounds", 9);
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);

    @Test
    void startsNearlyAsFastAsAnEmptyWindow() throws Exception {
        try (LicenseDesk desk = BenchmarkDesk.open(CUSTOMERS, java.time.Clock.systemDefaultZone())) {
            // made and migrated before the runs
        }
        Path big = BenchmarkDesk.home(CUSTOMERS);
        Path fresh = Files.createTempDirectory("startup-fresh");
        // A first run of each: the day's backup of the big desk is made once, outside the timed runs.
        launch(HelloWindow.class.getName(), fresh.resolve("warm"));
        launch(Main.class.getName(), big);
        long[] hello = new long[ROUNDS];
        long[] empty = new long[ROUNDS];
        long[] large = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            hello[i] = launch(HelloWindow.class.getName(), fresh.resolve("hello-" + i));
            empty[i] = launch(Main.class.getName(), fresh.resolve("new-" + i));
            large[i] = launch(Main.class.getName(), big);
        }
        List<String> lines = new ArrayList<>();
        lines.add("| start-up to the first screen | median ms | fastest ms | ratio to the bare window |");
        lines.add("|---|---|---|---|");
        lines.add(row("bare JavaFX window (floor)", hello, hello));
        lines.add(row("License Desk, new data directory", empty, hello));
        lines.add(row(String.format(Locale.ROOT, "License Desk, %,d customers", CUSTOMERS), large, hello));
        String report = String.join("\n", lines) + "\n\n" + ROUNDS + " alternating runs of each, from `"
                + Path.of(System.getProperty("java.home")).getFileName() + "/bin/java` with the test class path, "
                + "Monocle headless.\n";
        BenchmarkReport.section("0-startup", "Start-up", report);
        System.out.println(report);
        assertThat(median(empty)).isPositive();
    }

    /** Milliseconds from starting the process to its first window on screen; the process is then stopped. */
    private static long launch(String mainClass, Path home) throws IOException, InterruptedException {
        Files.createDirectories(home);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(java, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dlicensedesk.home=" + home, "-Duser.home=" + home, "-cp", classPath, mainClass);
        builder.environment().put("LICENSEDESK_HOME", home.toString());
        builder.redirectErrorStream(true);
        long started = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> seen = new ArrayList<>();
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.contains(SHOWN)) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                }
                seen.add(line);
            }
            throw new AssertionError(mainClass + " ended without a window:\n" + String.join("\n", seen));
        } finally {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static String row(String what, long[] millis, long[] floor) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2fx |", what, median(millis),
                Arrays.stream(millis).min().orElse(0), (double) median(millis) / median(floor));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
