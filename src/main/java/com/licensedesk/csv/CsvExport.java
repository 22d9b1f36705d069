package com.licensedesk.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files the desk writes: UTF-8 with a byte-order mark (so that Excel reads it as UTF-8), RFC 4180 quoting and
 * line ends, and a cell that begins with a character a spreadsheet reads as the start of a formula ({@code = + - @},
 * a tab, a carriage return, or the full-width {@code ＝ ＋ － ＠} that Japanese input methods type) prefixed with
 * {@code '} so that a spreadsheet shows it as text instead of running it. The file appears whole or not at all: it is written beside and then moved in place.
 */
public final class CsvExport implements AutoCloseable {
    private final Path target;
    private final Path partial;
    private final CSVPrinter printer;
    private int rows;
    private boolean complete;

    private CsvExport(Path target, List<String> header) throws IOException {
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".part");
        Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header.stream().map(CsvExport::neutralised).toList());
    }

    public static CsvExport to(Path target, List<String> header) throws IOException {
        return new CsvExport(target, header);
    }

    /** What writes a file's rows, one {@link #row} each. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(CsvExport csv) throws IOException;
    }

    /** The whole file: the header, then the rows, complete or no file at all; returns how many rows it holds. */
    public static int write(Path target, List<String> header, Rows rows) throws IOException {
        try (CsvExport csv = to(target, header)) {
            rows.writeTo(csv);
            csv.complete();
            return csv.rows();
        }
    }

    public void row(List<?> cells) throws IOException {
        printer.printRecord(cells.stream().map(cell -> neutralised(cell == null ? "" : cell.toString())).toList());
        rows++;
    }

    /** The rows written so far, the header not counted. */
    public int rows() {
        return rows;
    }

    /** Everything is written: the file takes its name. Without this, closing leaves no file behind. */
    public void complete() throws IOException {
        printer.close(true);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        complete = true;
    }

    /** What starts a formula in Excel, LibreOffice or Google Sheets (OWASP's CSV injection list, and full width). */
    private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

    static String neutralised(String cell) {
        if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        if (!complete) {
            printer.close(true);
            Files.deleteIfExists(partial);
        }
    }
}
