package com.licensedesk.catalog;

import java.util.List;

/**
 * The outcome of one catalogue import: what was stored and which rows were refused, and why; for an import that was
 * cancelled, the line it had read to (nothing of it is stored).
 */
public record ImportReport(CatalogRepository.ImportCounts counts, List<RowError> errors, long lastLine,
                           boolean cancelled) {

    public ImportReport(CatalogRepository.ImportCounts counts, List<RowError> errors) {
        this(counts, errors, 0, false);
    }

    /** A refused row: its line in the file and the message key (with arguments) of the reason. */
    public record RowError(int line, String messageKey, List<Object> args) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
