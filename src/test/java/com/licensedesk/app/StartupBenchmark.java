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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** What License Desk prints once its database, opened after the first window, is open. */
    private static final String OPEN = "License Desk: database open";
    private static final int ROUNDS = Integer.getInteger("benchmark.startup.rounds", 9);
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    /** The phases both processes name in their first-window line, in order; the bare window has no services. */
    private static final List<String> PHASES = List.of("runtime started", "toolkit started", "services built",
            "screens wired", "window dressed", "Start screen built", "window shown", "first frame");
    private static final Pattern PHASE = Pattern.compile("([A-Za-z ]+?) (\\d+) ms");

    @Test
    void startsNearlyAsFastAsAnEmptyWindow() throws Exception {
        try (LicenseDesk app = BenchmarkDesk.open(CUSTOMERS, java.time.Clock.systemDefaultZone())) {
            // made and migrated before the runs
        }
        Path big = BenchmarkDesk.home(CUSTOMERS);
        Path fresh = Files.createTempDirectory("startup-fresh");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> monocle = List.of(java, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-cp", classPath);
        List<String> lines = new ArrayList<>();
        lines.add("| start-up to the first screen | median ms | fastest ms | ratio to the bare window "
                + "| database open, median ms |");
        lines.add("|---|---|---|---|---|");
        List<String> profile = new ArrayList<>();
        profile.add("| where the time goes, median ms | " + String.join(" | ", PHASES) + " |");
        profile.add("|---" + "|---".repeat(PHASES.size()) + "|");
        measure(lines, profile, "class path, Monocle headless", concat(monocle, HelloWindow.class.getName()),
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
                measure(lines, profile, "packaged launcher, Xvfb",
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
        String report = String.join("\n", lines) + "\n\n" + ROUNDS + " alternating runs of each; " + note + ".\n\n"
                + String.join("\n", profile) + "\n\nPhases from the line each process logs with its first window: "
                + "from the process's start to its main method (the total as measured here less the phases "
                + "after it); to the toolkit's start (Application.init); to the "
                + "services built (init's end); the window's screens registered; its scene, stylesheet and icon; "
                + "the Start screen loaded into it; Stage.show (the window made, CSS and layout); to the first "
                + "frame. The database opens after the first frame, on a thread of its own; \"database open\" is "
                + "when License Desk's log says it is, as this benchmark saw it.\n";
        BenchmarkReport.section("0-startup", "Start-up", report);
        System.out.println(report);
    }

    /** The bare window, then License Desk on a new data directory and on the big desk, in alternating runs. */
    private static void measure(List<String> lines, List<String> profile, String how, List<String> hello,
                                List<String> app, Path fresh, Path big, Map<String, String> environment)
            throws IOException, InterruptedException {
        // A first run of each: the day's backup of the big desk is made once, outside the timed runs.
        launch(hello, fresh.resolve("warm"), environment);
        launch(app, big, environment);
        Started[] floor = new Started[ROUNDS];
        Started[] empty = new Started[ROUNDS];
        Started[] large = new Started[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            floor[i] = launch(hello, fresh.resolve("hello-" + i + "-" + System.nanoTime()), environment);
            empty[i] = launch(app, fresh.resolve("new-" + i + "-" + System.nanoTime()), environment);
            large[i] = launch(app, big, environment);
        }
        String bare = "bare JavaFX window (floor), " + how;
        String emptyDesk = "License Desk, new data directory, " + how;
        String largeDesk = String.format(Locale.ROOT, "License Desk, %,d customers, %s", CUSTOMERS, how);
        lines.add(row(bare, floor, floor));
        lines.add(row(emptyDesk, empty, floor));
        lines.add(row(largeDesk, large, floor));
        profile.add(phases(bare, floor));
        profile.add(phases(emptyDesk, empty));
        profile.add(phases(largeDesk, large));
        assertThat(median(millis(empty))).isPositive();
    }

    /**
     * A start: milliseconds to the first window as the benchmark saw it, the phases as the process logged them, and
     * milliseconds to the database open (-1 for the bare window, which has none).
     */
    private record Started(long millis, Map<String, Long> phases, long databaseOpen) {
    }

    private static String phases(String what, Started[] runs) {
        StringBuilder row = new StringBuilder("| " + what + " |");
        for (String phase : PHASES) {
            long[] each = Arrays.stream(runs).filter(run -> run.phases().containsKey(phase))
                    .mapToLong(run -> run.phases().get(phase)).toArray();
            row.append(each.length == 0 ? " – |" : " " + median(each) + " |");
        }
        return row.toString();
    }

    private static long[] millis(Started[] runs) {
        return Arrays.stream(runs).mapToLong(Started::millis).toArray();
    }

    private static List<String> concat(List<String> command, String mainClass) {
        List<String> all = new ArrayList<>(command);
        all.add(mainClass);
        return all;
    }

    /** Milliseconds from starting the process to its first window on screen; the process is then stopped. */
    private static Started launch(List<String> command, Path home, Map<String, String> environment)
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
                    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
                    Map<String, Long> phases = new LinkedHashMap<>();
                    int open = line.indexOf('(', line.indexOf(SHOWN));
                    Matcher phase = PHASE.matcher(open < 0 ? "" : line.substring(open + 1));
                    while (phase.find()) {
                        phases.put(phase.group(1).trim(), Long.parseLong(phase.group(2)));
                    }
                    // The process's own start time is the system's, in clock ticks, and not on this clock: the
                    // runtime's phase is what this clock saw less the phases after it.
                    long after = phases.entrySet().stream().filter(each -> !each.getKey().equals(PHASES.get(0)))
                            .mapToLong(Map.Entry::getValue).sum();
                    phases.put(PHASES.get(0), millis - after);
                    return new Started(millis, phases, launcher || command.contains(Main.class.getName())
                            ? databaseOpen(output, started, seen) : -1);
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

    /** Milliseconds from the process's start to the line that says its database is open, read on from the output. */
    private static long databaseOpen(BufferedReader output, long started, List<String> seen) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.contains(OPEN)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            }
            seen.add(line);
        }
        throw new AssertionError("The database never opened:\n" + String.join("\n", seen));
    }

    private static String row(String what, Started[] runs, Started[] floorRuns) {
        long[] each = millis(runs);
        long floor = median(millis(floorRuns));
        long[] open = Arrays.stream(runs).mapToLong(Started::databaseOpen).toArray();
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2fx | %s |", what, median(each),
                Arrays.stream(each).min().orElse(0), (double) median(each) / floor,
                open[0] < 0 ? "–" : String.valueOf(median(open)));
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
