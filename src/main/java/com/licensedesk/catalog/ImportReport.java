package com.licensedesk.catalog;

import java.util.List;

/** The outcome of one catalogue import: what was stored and which rows were refused, and why. */
public record ImportReport(CatalogRepository.ImportCounts counts, List<RowError> errors) {

    /** A refused row: its line in the file and the message key (with arguments) of the reason. */
    public record RowError(int line, String messageKey, List<Object> args) {
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
