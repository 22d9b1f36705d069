package com.licensedesk.cli;

import com.licensedesk.catalog.ImportProgress;
import com.licensedesk.catalog.ImportReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code catalog import FILE.csv}: the vendor's key catalogue. */
final class CatalogCli extends CommandGroup {
    CatalogCli(Terminal terminal) {
        super(terminal);
    }

    @Override
    int run(List<String> words) {
        if (matches(words, 1, "catalog", "import")) {
            return importCatalog(Path.of(words.get(2)));
        }
        return usage();
    }

    private int importCatalog(Path file) {
        if (!Files.isRegularFile(file)) {
            err.println(messages.get("cli.import.fileMissing", file));
            return Cli.USER_ERROR;
        }
        try (Installation.Opened opened = installation.open()) {
            ImportReport report = opened.catalogImporter().importFile(file, ImportProgress.NONE, CLI);
            for (ImportReport.RowError error : report.errors()) {
                err.println(messages.get("cli.import.rowError", error.line(),
                        messages.get(error.messageKey(), error.args().toArray())));
            }
            if (report.refusedWhole()) {
                out.println(messages.get("cli.import.nothing"));
            } else {
                out.println(messages.get("cli.import.done", report.counts().added(), report.counts().updated(),
                        report.counts().unchanged(), report.refusedRows()));
            }
            return report.hasErrors() ? Cli.USER_ERROR : Cli.OK;
        } catch (IOException e) {
            err.println(messages.get("cli.import.fileMissing", file + ": " + e.getMessage()));
            return Cli.USER_ERROR;
        }
    }
}
