package com.licensedesk.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
final class CsvReader {

    /** One record and the line of the file it starts on (1-based). */
    record Row(int line, List<String> fields) {
    }

    private final Reader in;
    private int line = 1;
    private int pushedBack = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. */
    Row next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        int startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvException(startLine, "catalog.import.error.unclosedQuote");
                }
                if (c == '"') {
                    int following = read();
                    if (following == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = following;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.length() == 0 && !fieldWasQuoted) {
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1) {
                if (c == '\r') {
                    int following = read();
                    if (following != '\n') {
                        unread(following);
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new Row(startLine, fields);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    /** A file that cannot be read as CSV from a given line on. */
    static final class CsvException extends RuntimeException {
        private final int line;
        private final String messageKey;

        CsvException(int line, String messageKey) {
            super(messageKey + " at line " + line);
            this.line = line;
            this.messageKey = messageKey;
        }

        int line() {
            return line;
        }

        String messageKey() {
            return messageKey;
        }
    }
}
