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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up to the first interactive screen, from a new process to the Start screen on view, against a bare JavaFX
 * window started the same way: from the test class path on Monocle's headless screen, and, where the app-image is
 * built and Xvfb is installed, from the packaged launcher on a virtual screen. Runs alternate; each figure is a median.
 * Homes: a new data directory (the database created and migrated) and the benchmark's 100,000-customer desk. Its
 * table goes into target/benchmark/report.md.
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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> monocle = List.of(java, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-cp", classPath);
        List<String> lines = new ArrayList<>();
        lines.add("| start-up to the first screen | median ms | fastest ms | ratio to the bare window |");
        lines.add("|---|---|---|---|");
        measure(lines, "class path, Monocle headless", concat(monocle, HelloWindow.class.getName()),
                concat(monocle, Main.class.getName()), fresh, big, Map.of());

        Path image = Path.of("target", "jpackage", "image", "license-desk");
        Path xvfb = Path.of("/usr/bin/Xvfb");
        String note;
        if (Files.isDirectory(image) && Files.isExecutable(xvfb)) {
            // The packaged launcher (with its class-data archive, see packaging/class-data.sh) on a virtual screen,
            // against the bare window from the same runtime's java.
            Process screen = new ProcessBuilder(xvfb.toString(), ":87", "-screen", "0", "1280x900x24")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try {
                Thread.sleep(1_000);
                String runtimeJava = image.resolve("lib/runtime/bin/java").toString();
                measure(lines, "packaged launcher, Xvfb",
                        List.of(runtimeJava, "-cp", Path.of("target", "test-classes").toString(),
                                HelloWindow.class.getName()),
                        List.of(image.resolve("bin/license-desk").toString()), fresh, big, Map.of("DISPLAY", ":87"));
            } finally {
                screen.destroy();
            }
            note = "the packaged rows from `target/jpackage/image` (`packaging/build-linux.sh app-image`), the bare "
                    + "window from its runtime's `java`";
        } else {
            note = "no packaged rows: build the app-image (`packaging/build-linux.sh app-image`) on a machine with Xvfb";
        }
        String report = String.join("\n", lines) + "\n\n" + ROUNDS + " alternating runs of each; " + note + ".\n";
        BenchmarkReport.section("0-startup", "Start-up", report);
        System.out.println(report);
    }

    /** The bare window, then License Desk on a new data directory and on the big desk, in alternating runs. */
    private static void measure(List<String> lines, String how, List<String> hello, List<String> app, Path fresh,
                                Path big, Map<String, String> environment) throws IOException, InterruptedException {
        // A first run of each: the day's backup of the big desk is made once, outside the timed runs.
        launch(hello, fresh.resolve("warm"), environment);
        launch(app, big, environment);
        long[] floor = new long[ROUNDS];
        long[] empty = new long[ROUNDS];
        long[] large = new long[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            floor[i] = launch(hello, fresh.resolve("hello-" + i + "-" + System.nanoTime()), environment);
            empty[i] = launch(app, fresh.resolve("new-" + i + "-" + System.nanoTime()), environment);
            large[i] = launch(app, big, environment);
        }
        lines.add(row("bare JavaFX window (floor), " + how, floor, floor));
        lines.add(row("License Desk, new data directory, " + how, empty, floor));
        lines.add(row(String.format(Locale.ROOT, "License Desk, %,d customers, %s", CUSTOMERS, how), large, floor));
        assertThat(median(empty)).isPositive();
    }

    private static List<String> concat(List<String> command, String mainClass) {
        List<String> all = new ArrayList<>(command);
        all.add(mainClass);
        return all;
    }

    /** Milliseconds from starting the process to its first window on screen; the process is then stopped. */
    private static long launch(List<String> command, Path home, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(home);
        List<String> withHome = new ArrayList<>(command);
        withHome.add(1, "-Duser.home=" + home);
        boolean launcher = !command.get(0).endsWith("/java");
        ProcessBuilder builder = new ProcessBuilder(launcher ? command : withHome);
        builder.environment().putAll(environment);
        builder.environment().put("LICENSEDESK_HOME", home.toString());
        builder.environment().put("HOME", home.toString());
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
            throw new AssertionError(command + " ended without a window:\n" + String.join("\n", seen));
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
