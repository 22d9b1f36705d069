package com.licensedesk.catalog;

import java.util.List;

/**
 * The outcome of one catalogue import: what was stored and which rows were refused, and why (a row with several
 * faults has an error for each); for an import that was cancelled, the line it had read to; for a file refused whole
 * (empty, a wrong header, unreadable), why. A cancelled or refused import stores nothing.
 */
public record ImportReport(CatalogRepository.ImportCounts counts, List<RowError> errors, long lastLine,
                           boolean cancelled, boolean refusedWhole) {
    private static final CatalogRepository.ImportCounts NOTHING = new CatalogRepository.ImportCounts(0, 0, 0);

    public ImportReport(CatalogRepository.ImportCounts counts, List<RowError> errors) {
        this(counts, errors, 0, false, false);
    }

    static ImportReport fileRefused(RowError why) {
        return new ImportReport(NOTHING, List.of(why), why.line(), false, true);
    }

    static ImportReport cancelledAfter(long line, List<RowError> errors) {
        return new ImportReport(NOTHING, List.copyOf(errors), line, true, false);
    }

    /** A fault of a refused row: its line in the file and the message key (with arguments) of the reason. */
    public record RowError(int line, String messageKey, List<Object> args) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** How many rows were refused: a row with several faults counts once. */
    public int refusedRows() {
        return (int) errors.stream().mapToInt(RowError::line).distinct().count();
    }
}
