package com.licensedesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * target/benchmark/report.md: each benchmark's table under its title, with the machine it ran on. A benchmark
 * writes its own section; the report is made again from all sections present, so one benchmark run alone keeps the
 * others' last figures.
 */
final class BenchmarkReport {
    private static final Path FOLDER = Path.of("target", "benchmark");

    private BenchmarkReport() {
    }

    static void section(String file, String title, String table) throws IOException {
        Path sections = Files.createDirectories(FOLDER.resolve("sections"));
        Files.writeString(sections.resolve(file + ".md"), "## " + title + "\n\n" + table.strip() + "\n",
                StandardCharsets.UTF_8);
        List<String> report = new ArrayList<>();
        report.add("# License Desk benchmarks");
        report.add("");
        report.add(String.format("Machine: %d cores, %s %s, Java %s (%s).", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("java.version"),
                System.getProperty("java.vm.name")));
        report.add("");
        try (Stream<Path> all = Files.list(sections)) {
            for (Path section : all.sorted().toList()) {
                report.add(Files.readString(section, StandardCharsets.UTF_8));
            }
        }
        Files.writeString(FOLDER.resolve("report.md"), String.join("\n", report), StandardCharsets.UTF_8);
    }
}
