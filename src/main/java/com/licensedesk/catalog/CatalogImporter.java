package com.licensedesk.catalog;

import com.licensedesk.change.DeskAdministration;
import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.change.Transactor;
import com.licensedesk.domain.Text;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Imports the vendor's catalogue CSV ({@code key,product,package,seats,expires,license_type,console_url}), read with
 * Apache Commons CSV (RFC 4180; a BOM, extra empty columns as Excel writes them, and blank lines are fine): good rows
 * are stored, bad rows are reported with their line number and reason, and importing the same file again changes
 * nothing. The whole import is one transaction: a file that cannot be read to its end (not UTF-8, a quote left open)
 * stores nothing, and the report says at which line reading stopped.
 */
public final class CatalogImporter {
    static final List<String> COLUMNS =
            List.of("key", "product", "package", "seats", "expires", "license_type", "console_url");
    /** The longest each field may be: what the catalogue table holds. */
    static final Map<String, Integer> MAX_LENGTHS = Map.of("key", ProductKey.MAX_TYPED, "product", 200,
            "package", 300, "seats", 9, "expires", 10, "license_type", 10, "console_url", 500);
    /** Keys sent to the database in one JDBC batch; the whole file is still one transaction. */
    private static final int BATCH = 5_000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    /**
     * An import as the audit log records it: the file's name and the counts. Not journalled: the catalogue is the
     * vendor's, imported at each desk from the vendor's file.
     */
    public record RecordCatalogImport(String file, int added, int updated, int unchanged, int refused)
            implements DeskAdministration {
    }

    private final Transactor transactor;
    private final CatalogRepository catalog;
    private final ChangePipeline pipeline;

    /** {@code transactor}: the import's own transaction, a long bulk write; its audit entry joins it. */
    public CatalogImporter(Transactor transactor, CatalogRepository catalog, ChangePipeline pipeline) {
        this.transactor = transactor;
        this.catalog = catalog;
        this.pipeline = pipeline;
    }

    /**
     * カタログの取り込み by an admin at the desk or by the command line: the file imported, and the import recorded in
     * the audit log (file name and counts) unless it was cancelled. The entry of an import that stored rows is
     * written in the import's transaction; a file refused whole (empty, a wrong header, unreadable) stored nothing and
     * is recorded after it.
     */
    public ImportReport importFile(Path file, ImportProgress progress, Actor actor) throws IOException {
        actor.require(Permission.MANAGE_DESK);
        String name = file.getFileName().toString();
        AtomicBoolean recorded = new AtomicBoolean();
        ImportReport report;
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            report = importCsv(bytes, progress, stored -> {
                record(actor, name, stored);
                recorded.set(true);
            });
        }
        if (!report.cancelled() && !recorded.get()) {
            record(actor, name, report);
        }
        return report;
    }

    private void record(Actor actor, String file, ImportReport report) {
        CatalogRepository.ImportCounts counts = report.counts();
        pipeline.run(actor, new RecordCatalogImport(file, counts.added(), counts.updated(), counts.unchanged(),
                report.refusedRows()), (command, context) -> Outcome.event(report, Optional.empty(),
                AuditAction.CATALOG_IMPORTED, "file=" + command.file() + "; added=" + command.added() + "; updated="
                        + command.updated() + "; unchanged=" + command.unchanged() + "; refused="
                        + command.refused()));
    }

    /**
     * The file's bytes as UTF-8: a byte sequence that is not UTF-8 is found at its own line (decoded as U+FFFD, which
     * no catalogue holds), where a strict decoder would fail at whatever block it happened to read ahead.
     */
    public ImportReport importCsv(InputStream bytes) {
        return importCsv(bytes, ImportProgress.NONE);
    }

    /** As {@link #importCsv(InputStream)}, telling {@code progress} how far it got and stopping when it asks. */
    public ImportReport importCsv(InputStream bytes, ImportProgress progress) {
        return importCsv(bytes, progress, stored -> { });
    }

    /** {@code stored} is told of the rows stored, in their transaction, before it commits. */
    private ImportReport importCsv(InputStream bytes, ImportProgress progress, Consumer<ImportReport> stored) {
        BoundedInputStream counted;
        try {
            // Unbounded: only its count of the bytes read, for the progress bar.
            counted = BoundedInputStream.builder().setInputStream(bytes).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return importCsv(new InputStreamReader(counted, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)),
                progress, counted::getCount, stored);
    }

    public ImportReport importCsv(Reader source) {
        return importCsv(source, ImportProgress.NONE, () -> 0, stored -> { });
    }

    private ImportReport importCsv(Reader source, ImportProgress progress, LongSupplier bytes,
                                   Consumer<ImportReport> stored) {
        List<ImportReport.RowError> errors = new ArrayList<>();
        try (CSVParser csv = CSVParser.builder().setReader(source).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = csv.iterator();
            if (!records.hasNext()) {
                return ImportReport.fileRefused(error(1, "catalog.import.error.empty"));
            }
            CSVRecord header = records.next();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                name = i == 0 && name.startsWith("\uFEFF") ? name.substring(1) : name;
                if (!name.isEmpty() && columns.putIfAbsent(name, i) != null) {
                    return ImportReport.fileRefused(error(1, "catalog.import.error.twice", name));
                }
            }
            List<String> missing = COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                return ImportReport.fileRefused(error(1, "catalog.import.error.header", String.join(",", missing), missing.size()));
            }
            return transactor.inTransaction(() -> {
                long before = catalog.count();
                long[] rowsAndWritten = rows(records, columns, errors, progress, bytes);
                int added = (int) (catalog.count() - before);
                int written = (int) rowsAndWritten[1];
                ImportReport report = new ImportReport(new CatalogRepository.ImportCounts(added, written - added,
                        (int) rowsAndWritten[0] - written), List.copyOf(errors));
                stored.accept(report);
                return report;
            });
        } catch (Cancelled cancelled) {
            return ImportReport.cancelledAfter(cancelled.line, errors);
        } catch (Unreadable unreadable) {
            return ImportReport.fileRefused(error(unreadable.line, "catalog.import.error.unreadable"));
        } catch (IOException | UncheckedIOException | IllegalStateException broken) {
            // Before any row: the first lines themselves could not be read.
            return ImportReport.fileRefused(error(1, "catalog.import.error.unreadable"));
        }
    }

    private static final char NOT_UTF_8 = '\uFFFD';

    /**
     * Every row after the header: how many good rows there were and how many of them were written (added or changed).
     * A reader thread parses and checks the rows while this thread, the transaction's, writes the batches before
     * them: the two cores each do half the work. Throws {@link Unreadable} when the file breaks off and
     * {@link Cancelled} when asked to stop, and so stores nothing.
     */
    private long[] rows(Iterator<CSVRecord> records, Map<String, Integer> columns, List<ImportReport.RowError> errors,
                        ImportProgress progress, LongSupplier bytes) {
        BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(2);
        AtomicBoolean stop = new AtomicBoolean();
        Thread reader = new Thread(() -> read(records, columns, errors, ready, stop), "catalogue-import-reader");
        reader.setDaemon(true);
        reader.start();
        long good = 0;
        try (CatalogRepository.ImportWriter writer = catalog.importWriter()) {
            while (true) {
                Batch batch = ready.take();
                if (batch.failure() != null) {
                    throw batch.failure();
                }
                if (!batch.entries().isEmpty()) {
                    writer.add(batch.entries());
                }
                good += batch.entries().size();
                progress.read(batch.lastLine(), bytes.getAsLong());
                if (batch.last()) {
                    progress.storing();
                    long written = writer.finish();
                    // Asked to stop while the keys were stored: the transaction is rolled back all the same.
                    if (progress.cancelled()) {
                        throw new Cancelled(batch.lastLine());
                    }
                    return new long[] {good, written};
                }
                if (progress.cancelled()) {
                    throw new Cancelled(batch.lastLine());
                }
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", interrupted);
        } finally {
            stop.set(true);
            ready.clear();
            try {
                reader.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A batch of checked rows for the writer; the last one, or the failure that ends the file, says so. */
    private record Batch(List<CatalogEntry> entries, long lastLine, boolean last, RuntimeException failure) {
    }

    /** The reader thread: rows parsed and checked, refusals noted in {@code errors}, good rows handed on in batches. */
    private void read(Iterator<CSVRecord> records, Map<String, Integer> columns, List<ImportReport.RowError> errors,
                      BlockingQueue<Batch> ready, AtomicBoolean stop) {
        KeyLines seenOnLine = new KeyLines();
        Checked checked = new Checked(columns.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
        List<CatalogEntry> batch = new ArrayList<>(BATCH);
        long lastLine = 1;
        try {
            while (!stop.get()) {
                CSVRecord row;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    row = records.next();
                } catch (UncheckedIOException | IllegalStateException broken) {
                    // Commons CSV's words for a byte that is not UTF-8, or a quote never closed.
                    throw new Unreadable(lastLine + 1);
                }
                long line = row.getRecordNumber() == 0 ? lastLine + 1 : startLine(row, lastLine);
                lastLine = line;
                if (unreadable(row)) {
                    throw new Unreadable(line);
                }
                try {
                    CatalogEntry entry = toEntry(row, line, columns, checked);
                    int earlier = seenOnLine.putIfAbsent(entry.key().value(), (int) Math.min(line, Integer.MAX_VALUE));
                    if (earlier != 0) {
                        errors.add(error(line, "catalog.import.error.duplicate", entry.key().value(), earlier));
                        continue;
                    }
                    batch.add(entry);
                } catch (RowRefused refused) {
                    errors.addAll(refused.errors);
                }
                if (batch.size() == BATCH) {
                    hand(ready, stop, new Batch(batch, line, false, null));
                    batch = new ArrayList<>(BATCH);
                }
            }
            hand(ready, stop, new Batch(batch, lastLine, true, null));
        } catch (RuntimeException failure) {
            hand(ready, stop, new Batch(List.of(), lastLine, true, failure));
        } catch (Error failure) {
            // Out of memory or the like: the writer must hear of it, not wait for ever.
            hand(ready, stop, new Batch(List.of(), lastLine, true, new IllegalStateException(failure)));
            throw failure;
        }
    }

    /** Waits for room for the batch, unless the writer has stopped. */
    private static void hand(BlockingQueue<Batch> ready,
                             AtomicBoolean stop, Batch batch) {
        try {
            while (!stop.get() && !ready.offer(batch, 50, TimeUnit.MILLISECONDS)) {
                // The writer is busy with the batch before: wait.
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The file line a record starts on: Commons CSV counts records; a quoted field may span lines. */
    private static long startLine(CSVRecord row, long lastLine) {
        return Math.max(lastLine + 1, row.getParser().getCurrentLineNumber() - newlines(row));
    }

    // These two run for every record of files of millions: plain loops over the values (a record's iterator makes
    // a list through a stream each time), which allocate nothing.
    private static long newlines(CSVRecord row) {
        long count = 0;
        for (int i = 0; i < row.size(); i++) {
            String value = row.get(i);
            for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
                count++;
            }
        }
        return count;
    }

    private static boolean unreadable(CSVRecord row) {
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i).indexOf(NOT_UTF_8) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Expiry dates and console addresses repeat from row to row (a catalogue has few of each): each distinct text is
     * checked once. Bounded, for a file where every row differs.
     */
    private static final class Seen<T> extends java.util.LinkedHashMap<String, T> {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
            return size() > 4_096;
        }
    }

    /** The dates and addresses one import has checked already, and how many columns the header names. */
    private static final class Checked {
        private final Seen<LocalDate> dates = new Seen<>();
        private final Seen<Boolean> addresses = new Seen<>();
        private final int named;

        Checked(int named) {
            this.named = named;
        }
    }

    /** The row as an entry, or every reason it is refused: each column is checked, so one pass names them all. */
    private static CatalogEntry toEntry(CSVRecord row, long line, Map<String, Integer> columns, Checked checked) {
        int named = checked.named;
        boolean onlyEmptyExtras = true;
        for (int i = named; i < row.size(); i++) {
            onlyEmptyExtras &= row.get(i).isBlank();
        }
        if (row.size() < named || !onlyEmptyExtras) {
            // The columns cannot be told apart, so there is nothing further to check.
            throw new RowRefused(List.of(error(line, "catalog.import.error.columns", named, row.size())));
        }
        List<ImportReport.RowError> problems = new ArrayList<>(2);
        Set<String> unusable = new HashSet<>();
        for (String column : COLUMNS) {
            String value = row.get(columns.get(column));
            if (value.length() > MAX_LENGTHS.get(column)) {
                problems.add(error(line, "catalog.import.error.tooLong", column, MAX_LENGTHS.get(column),
                        value.length()));
                unusable.add(column);
            } else if (!Text.hasNoControlCharacter(value) && !Text.hasNoControlCharacter(value.strip())) {
                // A NUL or a line break in a product's name would reach screens, mail and exports; spaces around a
                // value (a tab among them) are trimmed and harmless.
                problems.add(error(line, "catalog.import.error.controlCharacter", column));
                unusable.add(column);
            }
        }
        String keyText = field(row, columns, "key");
        Optional<ProductKey> key = unusable.contains("key") ? Optional.empty() : ProductKey.parse(keyText);
        if (key.isEmpty() && !unusable.contains("key")) {
            problems.add(error(line, "catalog.import.error.key", keyText));
        }
        String product = field(row, columns, "product");
        if (product.isEmpty()) {
            problems.add(error(line, "catalog.import.error.product"));
        }
        String packageName = field(row, columns, "package");
        int seats = unusable.contains("seats") ? 1 : seats(field(row, columns, "seats"));
        if (seats < 1) {
            problems.add(error(line, "catalog.import.error.seats", field(row, columns, "seats")));
        }
        String expiresText = field(row, columns, "expires");
        LocalDate expires = unusable.contains("expires") ? null : checked.dates.get(expiresText);
        if (expires == null && !unusable.contains("expires")) {
            try {
                expires = LocalDate.parse(expiresText);
                checked.dates.put(expiresText, expires);
            } catch (DateTimeParseException e) {
                problems.add(error(line, "catalog.import.error.expires", expiresText));
            }
        }
        LicenseType type = null;
        if (!unusable.contains("license_type")) {
            try {
                type = LicenseType.valueOf(field(row, columns, "license_type").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(error(line, "catalog.import.error.licenseType", field(row, columns, "license_type")));
            }
        }
        String consoleUrl = field(row, columns, "console_url");
        if (!unusable.contains("console_url") && !consoleUrl.isEmpty()
                && !checked.addresses.computeIfAbsent(consoleUrl, CatalogImporter::isWebAddress)) {
            problems.add(error(line, "catalog.import.error.consoleUrl", consoleUrl));
        }
        if (!problems.isEmpty()) {
            throw new RowRefused(problems);
        }
        return new CatalogEntry(key.orElseThrow(), product, Optional.of(packageName).filter(p -> !p.isEmpty()), seats,
                expires, type, Optional.of(consoleUrl).filter(u -> !u.isEmpty()));
    }

    /** The seats as written, or 0 when they are not a whole number. */
    private static int seats(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
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

    private static String field(CSVRecord row, Map<String, Integer> columns, String name) {
        return row.get(columns.get(name)).strip();
    }

    private static ImportReport.RowError error(long line, String key, Object... args) {
        return new ImportReport.RowError((int) Math.min(line, Integer.MAX_VALUE), key, List.of(args));
    }

    /** The person stopped the import after {@code line}: nothing of it is stored. */
    private static final class Cancelled extends RuntimeException {
        private final long line;

        Cancelled(long line) {
            super("cancelled after line " + line, null, false, false);
            this.line = line;
        }
    }

    /** The file could not be read on from {@code line}: nothing of it is stored. */
    private static final class Unreadable extends RuntimeException {
        private final long line;

        Unreadable(long line) {
            super("unreadable from line " + line, null, false, false);
            this.line = line;
        }
    }

    /** A row refused, with every reason found in it. */
    private static final class RowRefused extends RuntimeException {
        private final transient List<ImportReport.RowError> errors;

        RowRefused(List<ImportReport.RowError> errors) {
            super(errors.get(0).messageKey(), null, false, false);
            this.errors = errors;
        }
    }
}
