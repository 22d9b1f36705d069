package com.licensedesk.app;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.registration.RegistrationRequest;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
import com.licensedesk.store.TestStore;
import com.licensedesk.sync.BundleReport;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.PrecomputedHasher;
import com.licensedesk.testing.TestDesk;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kiosks' bundles imported at a home of 100,000 customers (a copy of the benchmarks' desk, SQLite): one kiosk's
 * 1,000, 5,000 and 10,000 registrations, and 100 kiosks' 100 each (smaller with {@code -Dbenchmark.customers},
 * {@code -Dbenchmark.kiosk.entries}, {@code -Dbenchmark.kiosks} and {@code -Dbenchmark.kiosk.each}). The kiosks are made the real way: each enrolled at
 * home with keys of its own, joined, its registrations journalled through its own services, then its bundle
 * exported. The floor is the same registrations (the same customers and keys) made through the desk's registration
 * service at the same home, one transaction each, on another copy, alternated with the import. Also the bundle's
 * bytes per entry and the peak memory of {@code license-desk sync import} in a JVM of its own. Its table goes into
 * target/benchmark/report.md.
 */
@Tag("benchmark")
class KioskImportBenchmark {
    private static final int CUSTOMERS = Integer.getInteger("benchmark.customers", 100_000);
    /** One kiosk's bundles: a tenth, a half and all of its entries. */
    private static final int ONE_KIOSK_ENTRIES = Integer.getInteger("benchmark.kiosk.entries", 10_000);
    private static final int[] ONE_KIOSK = {ONE_KIOSK_ENTRIES / 10, ONE_KIOSK_ENTRIES / 2, ONE_KIOSK_ENTRIES};
    private static final int KIOSKS = Integer.getInteger("benchmark.kiosks", 100);
    private static final int EACH = Integer.getInteger("benchmark.kiosk.each", 100);
    private static final int ROUNDS = Integer.getInteger("benchmark.kiosk.rounds", 2);
    /** The benchmark's customers are numbered past the desk's and the registration benchmark's. */
    private static final int FIRST = 20 * CUSTOMERS;
    private static final Actor ADMIN = Actor.operator("bench_admin", Role.ADMIN);
    private static final Actor CLERK = Actor.operator("bench_clerk", Role.CLERK);
    private static final Path FOLDER = Path.of("target", "benchmark", "kiosk-import");

    /** What one set of bundles is, and the same registrations for the floor. */
    private record Bundles(String what, List<Path> files, List<RegistrationRequest> requests) {
    }

    /** One import of a set into a new copy of home: nanoseconds by phase, and what it came to. */
    private record Imported(long imported, long replied, long again, int applied, int waiting, int held,
                            long replyBytes) {
        long whole() {
            return imported + replied;
        }
    }

    @Test
    void bundlesAgainstTheDesksOwnRegistrations() throws Exception {
        Clock clock = Clock.systemUTC();
        deleteTree(FOLDER);
        Path base = Files.createDirectories(FOLDER.resolve("home"));
        long started = System.nanoTime();
        try (LicenseDesk app = BenchmarkDesk.open(CUSTOMERS, clock)) {
            app.database.backupTo(base.resolve("license-desk.db"));
        }
        Files.copy(BenchmarkDesk.home(CUSTOMERS).resolve("secrets.key"), base.resolve("secrets.key"));
        log("home of %,d customers copied in %.0f s", CUSTOMERS, seconds(System.nanoTime() - started));

        int total = ONE_KIOSK[ONE_KIOSK.length - 1] + KIOSKS * EACH;
        GeneratedCustomers generated = new GeneratedCustomers(26, LocalDate.now(clock));
        List<CatalogEntry> catalogue = new ArrayList<>();
        List<RegistrationRequest> requests = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            catalogue.add(generated.entry(FIRST + i, 0));
            requests.add(generated.customer(FIRST + i, clock.instant()));
        }

        // Home: the kiosks' keys in its catalogue, every kiosk enrolled, and each kiosk's first reply written (it
        // carries the whole catalogue and every key registered), so that the replies timed are the everyday ones.
        Map<String, KioskService.Enrolled> enrolled = new LinkedHashMap<>();
        long firstReplies;
        long firstReplyBytes = 0;
        started = System.nanoTime();
        try (LicenseDesk home = openHome(base, clock)) {
            home.catalog.save(catalogue);
            enrolled.put("bench-one", home.kiosks.enrol(ADMIN, "bench-one"));
            for (int k = 1; k <= KIOSKS; k++) {
                String name = String.format(Locale.ROOT, "bench-%03d", k);
                enrolled.put(name, home.kiosks.enrol(ADMIN, name));
            }
            log("%d kiosks enrolled in %.0f s", enrolled.size(), seconds(System.nanoTime() - started));
            Path discarded = Files.createDirectories(FOLDER.resolve("first-replies"));
            long start = System.nanoTime();
            for (String kiosk : enrolled.keySet()) {
                long bytes = 0;
                for (Path reply : home.syncReplies.write(kiosk, discarded)) {
                    bytes += Files.size(reply);
                    Files.delete(reply);
                }
                firstReplyBytes = Math.max(firstReplyBytes, bytes);
            }
            firstReplies = System.nanoTime() - start;
        }
        log("first replies: %.2f s each, %,d bytes", seconds(firstReplies) / enrolled.size(), firstReplyBytes);

        // The kiosks: one migrated database with the catalogue, copied for each; each joins with its own keys.
        started = System.nanoTime();
        Path template = FOLDER.resolve("kiosk-template");
        try (TestStore store = new TestStore(Files.createDirectories(template), clock)) {
            store.catalog.upsert(catalogue);
        }
        Path stick = Files.createDirectories(FOLDER.resolve("bundles"));
        Path sticks = Files.createDirectories(FOLDER.resolve("bundles-100"));
        Map<Integer, Path> oneKiosk = new LinkedHashMap<>();
        atKiosk(template, "bench-one", enrolled.get("bench-one"), clock, kiosk -> {
            int done = 0;
            for (int size : ONE_KIOSK) {
                for (; done < size; done++) {
                    kiosk.registration.register(requests.get(done));
                }
                // A kiosk's next export removes its earlier bundle from the folder: each size is kept aside.
                Path bundle = kiosk.kioskSync.export(stick).orElseThrow();
                Path kept = Files.createDirectories(FOLDER.resolve("one-kiosk-" + size)).resolve(bundle.getFileName());
                oneKiosk.put(size, Files.copy(bundle, kept));
            }
        });
        List<Path> hundred = new ArrayList<>();
        for (int k = 1; k <= KIOSKS; k++) {
            int from = ONE_KIOSK[ONE_KIOSK.length - 1] + (k - 1) * EACH;
            atKiosk(template, String.format(Locale.ROOT, "bench-%03d", k),
                    enrolled.get(String.format(Locale.ROOT, "bench-%03d", k)), clock, kiosk -> {
                        for (int i = from; i < from + EACH; i++) {
                            kiosk.registration.register(requests.get(i));
                        }
                        hundred.add(kiosk.kioskSync.export(sticks).orElseThrow());
                    });
        }
        log("kiosks made and their bundles exported in %.0f s", seconds(System.nanoTime() - started));

        List<Bundles> sets = new ArrayList<>();
        for (int size : ONE_KIOSK) {
            sets.add(new Bundles(String.format(Locale.ROOT, "one kiosk, %,d entries", size),
                    List.of(oneKiosk.get(size)), requests.subList(0, size)));
        }
        int tenThousand = ONE_KIOSK[ONE_KIOSK.length - 1];
        sets.add(new Bundles(String.format(Locale.ROOT, "%d kiosks × %d entries", KIOSKS, EACH), hundred,
                requests.subList(tenThousand, tenThousand + KIOSKS * EACH)));

        // Warm-up of both ways, not counted.
        importInto(copyOfHome(base), sets.get(0), clock);
        registerAt(copyOfHome(base), sets.get(0), clock);

        List<List<Imported>> imports = new ArrayList<>();
        List<List<Long>> directs = new ArrayList<>();
        for (int s = 0; s < sets.size(); s++) {
            imports.add(new ArrayList<>());
            directs.add(new ArrayList<>());
        }
        for (int round = 0; round < ROUNDS; round++) {
            for (int s = 0; s < sets.size(); s++) {
                Bundles set = sets.get(s);
                boolean importFirst = (round + s) % 2 == 0;
                for (int way = 0; way < 2; way++) {
                    if ((way == 0) == importFirst) {
                        Imported imported = importInto(copyOfHome(base), set, clock);
                        imports.get(s).add(imported);
                        log("import %s: %.1f s, replies %.1f s (%d applied, %d waiting, %d held)", set.what(),
                                seconds(imported.imported()), seconds(imported.replied()), imported.applied(),
                                imported.waiting(), imported.held());
                    } else {
                        long took = registerAt(copyOfHome(base), set, clock);
                        directs.get(s).add(took);
                        log("direct %s: %.1f s", set.what(), seconds(took));
                    }
                }
            }
        }

        List<String> options = Arrays.asList(Files.readString(Path.of("packaging", "java-options"),
                StandardCharsets.UTF_8).strip().split("\\s+"));
        Map<String, long[]> ownProcess = new LinkedHashMap<>();
        for (Bundles set : List.of(sets.get(ONE_KIOSK.length - 1), sets.get(ONE_KIOSK.length))) {
            ownProcess.put(set.what() + ", JVM options: the defaults", commandLineImport(base, set, List.of()));
            ownProcess.put(set.what() + ", JVM options: the packaged launcher's", commandLineImport(base, set,
                    options));
        }

        String report = report(sets, imports, directs, ownProcess, firstReplies / enrolled.size(), firstReplyBytes);
        BenchmarkReport.section("6-kiosk-import", "Kiosk bundles imported at home", report);
        System.out.println(report);
    }

    private interface AtKiosk {
        void run(Services kiosk) throws IOException;
    }

    /** A kiosk on a copy of the template database, joined to home with its own enrolment file. */
    private static void atKiosk(Path template, String name, KioskService.Enrolled enrolment, Clock clock,
                                AtKiosk work) throws IOException {
        Path folder = Files.createDirectories(FOLDER.resolve("kiosks").resolve(name));
        try (Stream<Path> files = Files.list(template)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        try (TestStore store = new TestStore(folder, clock)) {
            var kiosk = TestDesk.services(store, folder, clock, options -> options.deskName("kiosk-" + name)
                    .hasher(new PrecomputedHasher()));
            kiosk.joinHome.join(Actor.system("cli"), enrolment.file(), enrolment.passphrase());
            work.run(kiosk);
        }
    }

    private static LicenseDesk openHome(Path home, Clock clock) {
        return LicenseDesk.open(Settings.of(Map.of(Setting.HOME.key(), home.toString(), Setting.DEMO.key(), "false"),
                Map.of(), home), clock, new PrecomputedHasher());
    }

    /** A new copy of home as it was before any import: its database and its secret key. */
    private static Path copyOfHome(Path base) throws IOException {
        Path copy = FOLDER.resolve("run");
        deleteTree(copy);
        Files.createDirectories(copy);
        Files.copy(base.resolve("license-desk.db"), copy.resolve("license-desk.db"));
        Files.copy(base.resolve("secrets.key"), copy.resolve("secrets.key"));
        return copy;
    }

    /** What {@code sync import} does: each bundle read and imported, then each kiosk heard from gets its reply. */
    private static Imported importInto(Path copy, Bundles set, Clock clock) throws IOException {
        Path replies = Files.createDirectories(copy.resolve("replies"));
        try (LicenseDesk home = openHome(copy, clock)) {
            int applied = 0;
            int waiting = 0;
            int held = 0;
            Set<String> heard = new LinkedHashSet<>();
            long start = System.nanoTime();
            for (Path file : set.files()) {
                BundleReport report = home.syncImport.importBundle(CLERK, file.getFileName().toString(),
                        Files.readAllBytes(file));
                if (report.refused().isPresent()) {
                    throw new IllegalStateException("Refused: " + file + " " + report.refused().get());
                }
                applied += report.applied();
                waiting += report.waiting();
                held += report.held();
                heard.add(report.kiosk().orElseThrow());
            }
            long imported = System.nanoTime() - start;
            start = System.nanoTime();
            long replyBytes = 0;
            for (String kiosk : heard) {
                for (Path reply : home.syncReplies.write(kiosk, replies)) {
                    replyBytes += Files.size(reply);
                }
            }
            long replied = System.nanoTime() - start;
            // The same bundles again: opened, verified and read, and nothing new to settle.
            start = System.nanoTime();
            for (Path file : set.files()) {
                home.syncImport.importBundle(CLERK, file.getFileName().toString(), Files.readAllBytes(file));
            }
            long again = System.nanoTime() - start;
            if (applied + waiting + held != set.requests().size()) {
                throw new IllegalStateException("Entries lost: " + applied + "+" + waiting + "+" + held);
            }
            return new Imported(imported, replied, again, applied, waiting, held, replyBytes);
        }
    }

    /** The floor: the same registrations through the desk's registration service, one transaction each. */
    private static long registerAt(Path copy, Bundles set, Clock clock) {
        try (LicenseDesk home = openHome(copy, clock)) {
            long start = System.nanoTime();
            for (RegistrationRequest request : set.requests()) {
                home.registration.register(request);
            }
            return System.nanoTime() - start;
        }
    }

    /** {nanoseconds, peak resident KiB, entries} of {@code license-desk sync import} of the set in a JVM of its own. */
    private static long[] commandLineImport(Path base, Bundles set, List<String> options) throws Exception {
        Path copy = copyOfHome(base);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("surefire.test.class.path",
                System.getProperty("java.class.path")), Main.class.getName(), "sync", "import"));
        set.files().forEach(file -> command.add(file.toAbsolutePath().toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LICENSEDESK_HOME", copy.toAbsolutePath().toString());
        builder.environment().put("LICENSEDESK_DEMO", "false");
        builder.environment().put("LICENSEDESK_SYNC_FOLDER",
                Files.createDirectories(copy.resolve("replies")).toAbsolutePath().toString());
        long start = System.nanoTime();
        Process process = builder.start();
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        long peak = 0;
        while (process.isAlive()) {
            try {
                peak = Math.max(peak, highWater(status));
            } catch (IOException ended) {
                break;
            }
            Thread.sleep(50);
        }
        long took = System.nanoTime() - start;
        if (process.waitFor() != 0) {
            throw new IllegalStateException("The command-line import failed: " + command);
        }
        log("own process %s %s: %.1f s, %,d KiB", set.what(), options, seconds(took), peak);
        return new long[] {took, peak, set.requests().size()};
    }

    private static long highWater(Path status) throws IOException {
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return 0;
    }

    private static String report(List<Bundles> sets, List<List<Imported>> imports, List<List<Long>> directs,
                                 Map<String, long[]> ownProcess, long firstReply, long firstReplyBytes)
            throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("| bundles, into " + String.format(Locale.ROOT, "%,d", CUSTOMERS) + " customers | entries | bytes per entry | import entries/s | with replies "
                + "entries/s | floor: the desk's registrations/s | ratio (with replies) | runs: import, replies, "
                + "floor s | applied / waiting / held |");
        lines.add("|---|---|---|---|---|---|---|---|---|");
        for (int s = 0; s < sets.size(); s++) {
            Bundles set = sets.get(s);
            List<Imported> runs = imports.get(s);
            List<Long> floors = directs.get(s);
            int entries = set.requests().size();
            long bytes = 0;
            for (Path file : set.files()) {
                bytes += Files.size(file);
            }
            long imported = runs.stream().mapToLong(Imported::imported).sum();
            long whole = runs.stream().mapToLong(Imported::whole).sum();
            long direct = floors.stream().mapToLong(Long::longValue).sum();
            double importRate = entries * runs.size() / seconds(imported);
            double wholeRate = entries * runs.size() / seconds(whole);
            double floorRate = entries * floors.size() / seconds(direct);
            StringBuilder each = new StringBuilder();
            for (int r = 0; r < runs.size(); r++) {
                each.append(r == 0 ? "" : " / ").append(String.format(Locale.ROOT, "%.1f, %.1f, %.1f",
                        seconds(runs.get(r).imported()), seconds(runs.get(r).replied()),
                        seconds(floors.get(r))));
            }
            Imported last = runs.get(runs.size() - 1);
            lines.add(String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f | %,.0f | %,.0f | %.2fx (%.2fx) | %s "
                            + "| %,d / %d / %d |", set.what(), entries, bytes / entries, importRate, wholeRate,
                    floorRate, importRate / floorRate, wholeRate / floorRate, each, last.applied(), last.waiting(),
                    last.held()));
        }
        lines.add("");
        lines.add("| phase, the last run | " + String.join(" | ", sets.stream().map(Bundles::what).toList())
                + " |");
        lines.add("|---|" + "---|".repeat(sets.size()));
        lines.add(phase(sets, imports, "import: open, verify, keep, settle (ms per entry)",
                Imported::imported));
        lines.add(phase(sets, imports, "the same bundles again: open, verify, read, nothing to settle (ms per "
                + "entry)", Imported::again));
        lines.add(phase(sets, imports, "replies written (ms per entry)", Imported::replied));
        lines.add("");
        lines.add("| `license-desk sync import`, own process | s | entries/s | peak RSS MB |");
        lines.add("|---|---|---|---|");
        for (Map.Entry<String, long[]> run : ownProcess.entrySet()) {
            lines.add(String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %d |", run.getKey(),
                    seconds(run.getValue()[0]), run.getValue()[2] / seconds(run.getValue()[0]),
                    run.getValue()[1] / 1024));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "A kiosk's first reply (before the runs; the whole catalogue and every "
                        + "registered key): %.2f s, %,d bytes. This benchmark's JVM, peak RSS %d MB (the home's "
                        + "copy, the kiosks' making and the runs; not the import's own). Load average at the end: "
                        + "%s.", seconds(firstReply), firstReplyBytes, highWater(Path.of("/proc/self/status")) / 1024,
                Files.readString(Path.of("/proc/loadavg")).strip()));
        return String.join("\n", lines) + "\n";
    }

    private static String phase(List<Bundles> sets, List<List<Imported>> imports, String what,
                                ToLongFunction<Imported> nanos) {
        StringBuilder line = new StringBuilder("| " + what + " |");
        for (int s = 0; s < sets.size(); s++) {
            List<Imported> runs = imports.get(s);
            line.append(String.format(Locale.ROOT, " %.3f |",
                    nanos.applyAsLong(runs.get(runs.size() - 1)) / 1e6 / sets.get(s).requests().size()));
        }
        return line.toString();
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[kiosk import %s, load %s] %s%n", LocalTime.now().withNano(0),
                loadAverage(), String.format(Locale.ROOT, format, args));
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
