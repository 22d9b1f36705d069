package com.licensedesk.catalog;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Imports the vendor's catalogue CSV ({@code key,product,package,seats,expires,license_type,console_url}): good rows
 * are stored, bad rows are reported with their line number and reason, and importing the same file again changes
 * nothing.
 */
public final class CatalogImporter {
    static final List<String> COLUMNS =
            List.of("key", "product", "package", "seats", "expires", "license_type", "console_url");
    private static final int BATCH = 1_000;

    private final CatalogRepository catalog;

    public CatalogImporter(CatalogRepository catalog) {
        this.catalog = catalog;
    }

    public ImportReport importCsv(Reader source) throws IOException {
        CsvReader csv = new CsvReader(source);
        List<ImportReport.RowError> errors = new ArrayList<>();
        CatalogRepository.ImportCounts counts = new CatalogRepository.ImportCounts(0, 0, 0);
        try {
            CsvReader.Row header = csv.next();
            if (header == null) {
                return new ImportReport(counts, List.of(error(1, "catalog.import.error.empty")));
            }
            Map<String, Integer> columns = columnIndexes(header);
            List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return new ImportReport(counts,
                        List.of(error(header.line(), "catalog.import.error.header", String.join(",", missing))));
            }
            Map<ProductKey, Integer> seenOnLine = new HashMap<>();
            Map<ProductKey, CatalogEntry> batch = new LinkedHashMap<>();
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.fields().size() == 1 && row.fields().get(0).isBlank()) {
                    continue;
                }
                try {
                    CatalogEntry entry = toEntry(row, columns);
                    Integer earlier = seenOnLine.putIfAbsent(entry.key(), row.line());
                    if (earlier != null) {
                        errors.add(error(row.line(), "catalog.import.error.duplicate", entry.key().value(), earlier));
                        continue;
                    }
                    batch.put(entry.key(), entry);
                } catch (RowRefused refused) {
                    errors.add(refused.error);
                }
                if (batch.size() == BATCH) {
                    counts = counts.plus(catalog.save(List.copyOf(batch.values())));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                counts = counts.plus(catalog.save(List.copyOf(batch.values())));
            }
        } catch (CsvReader.CsvException broken) {
            errors.add(error(broken.line(), broken.messageKey()));
        }
        return new ImportReport(counts, List.copyOf(errors));
    }

    private static Map<String, Integer> columnIndexes(CsvReader.Row header) {
        Map<String, Integer> indexes = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            indexes.put(name, i);
        }
        return indexes;
    }

    private static CatalogEntry toEntry(CsvReader.Row row, Map<String, Integer> columns) {
        int line = row.line();
        if (row.fields().size() != columns.size()) {
            throw refused(line, "catalog.import.error.columns", columns.size(), row.fields().size());
        }
        String keyText = field(row, columns, "key");
        ProductKey key = ProductKey.parse(keyText)
                .orElseThrow(() -> refused(line, "catalog.import.error.key", keyText));
        String product = field(row, columns, "product");
        if (product.isEmpty()) {
            throw refused(line, "catalog.import.error.product");
        }
        String packageName = field(row, columns, "package");
        int seats;
        try {
            seats = Integer.parseInt(field(row, columns, "seats"));
        } catch (NumberFormatException e) {
            seats = 0;
        }
        if (seats < 1) {
            throw refused(line, "catalog.import.error.seats", field(row, columns, "seats"));
        }
        LocalDate expires;
        try {
            expires = LocalDate.parse(field(row, columns, "expires"));
        } catch (DateTimeParseException e) {
            throw refused(line, "catalog.import.error.expires", field(row, columns, "expires"));
        }
        LicenseType type;
        try {
            type = LicenseType.valueOf(field(row, columns, "license_type").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused(line, "catalog.import.error.licenseType", field(row, columns, "license_type"));
        }
        String consoleUrl = field(row, columns, "console_url");
        if (!consoleUrl.isEmpty() && !isWebAddress(consoleUrl)) {
            throw refused(line, "catalog.import.error.consoleUrl", consoleUrl);
        }
        return new CatalogEntry(key, product, Optional.of(packageName).filter(p -> !p.isEmpty()), seats, expires,
                type, Optional.of(consoleUrl).filter(u -> !u.isEmpty()));
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String field(CsvReader.Row row, Map<String, Integer> columns, String name) {
        return row.fields().get(columns.get(name)).strip();
    }

    private static ImportReport.RowError error(int line, String key, Object... args) {
        return new ImportReport.RowError(line, key, List.of(args));
    }

    private static RowRefused refused(int line, String key, Object... args) {
        return new RowRefused(error(line, key, args));
    }

    private static final class RowRefused extends RuntimeException {
        private final transient ImportReport.RowError error;

        RowRefused(ImportReport.RowError error) {
            super(error.messageKey(), null, false, false);
            this.error = error;
        }
    }
}
