package com.licensedesk.postal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import com.licensedesk.domain.PostalCode;
import org.slf4j.LoggerFactory;

/**
 * Japan Post's postal codes, shipped with the application (no network): which prefecture, city and town a 7-digit code
 * names. The table is made by {@code tools/postal-codes.js}; the README says how to refresh it.
 */
public final class PostalCodes {
    static final String RESOURCE = "/postal/jp-postal-codes.tsv.gz";
    /** For a screen that has no table, such as a test of something else. */
    public static final PostalCodes NONE = new PostalCodes(() -> Table.EMPTY);

    private final Supplier<Table> table;

    private PostalCodes(Supplier<Table> table) {
        this.table = table;
    }

    /** The shipped table, read now. */
    public static PostalCodes load() {
        Table table = Table.read();
        return new PostalCodes(() -> table);
    }

    /**
     * The shipped table, read on {@code executor} so that start-up does not wait for it; until it is read, no code is
     * found (the form is then filled by hand, as without the table).
     */
    public static PostalCodes loadingOn(Executor executor) {
        CompletableFuture<Table> reading = CompletableFuture.supplyAsync(Table::read, executor)
                .exceptionally(failure -> {
                    // Without the table the form is filled by hand; nothing else depends on it.
                    LoggerFactory.getLogger(PostalCodes.class).error("The postal code table could not be read", failure);
                    return Table.EMPTY;
                });
        return new PostalCodes(() -> reading.getNow(Table.EMPTY));
    }

    /**
     * The address of a code typed as the form takes it ({@code 1000001}, {@code 100-0001}, in either width); empty for
     * a code Japan Post does not use.
     */
    public Optional<PostalAddress> find(String postalCode) {
        return PostalCode.parse(postalCode == null ? "" : postalCode)
                .flatMap(code -> table.get().find(Integer.parseInt(code.value().replace("-", ""))));
    }

    /** Codes in ascending order, each with its city (or prefecture) code and town, as the tool writes them. */
    private static final class Codes {
        private int[] codes = new int[0];
        private int[] places = new int[0];
        private String[] towns = new String[0];
        private int size;

        void add(int code, int place, String town) {
            if (size > 0 && codes[size - 1] >= code) {
                throw new IllegalStateException("The postal code table is not in order at " + code);
            }
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2 + 16);
                places = Arrays.copyOf(places, codes.length);
                towns = Arrays.copyOf(towns, codes.length);
            }
            codes[size] = code;
            places[size] = place;
            towns[size] = town;
            size++;
        }

        int find(int code) {
            return Arrays.binarySearch(codes, 0, size, code);
        }
    }

    /** 7-digit codes, and 5-digit blocks that hold for the codes under them without a line of their own. */
    private record Table(Codes sevens, Codes blocks, Map<Integer, String> cities, Map<Integer, String> prefectures) {
        static final Table EMPTY = new Table(new Codes(), new Codes(), Map.of(), Map.of());
        private static final int PREFECTURE_CODES = 100;

        static Table read() {
            try (InputStream in = PostalCodes.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The postal code table " + RESOURCE + " is missing");
                }
                return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                        StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the postal code table", e);
            }
        }

        private static Table read(BufferedReader lines) throws IOException {
            Map<Integer, String> prefectures = new HashMap<>();
            Map<Integer, String> cities = new HashMap<>();
            Codes sevens = new Codes();
            Codes blocks = new Codes();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                switch (cells[0]) {
                    case "P" -> prefectures.put(Integer.parseInt(cells[1]), cells[2]);
                    case "C" -> cities.put(Integer.parseInt(cells[1]), cells[2]);
                    default -> {
                        int code = Integer.parseInt(cells[0]);
                        int place = Integer.parseInt(cells[1]);
                        if (cells[0].length() == 5) {
                            blocks.add(code, place, cells[2]);
                        } else {
                            sevens.add(code, place, cells[2]);
                        }
                    }
                }
            }
            return new Table(sevens, blocks, Map.copyOf(cities), Map.copyOf(prefectures));
        }

        Optional<PostalAddress> find(int code) {
            Codes in = sevens;
            int at = sevens.find(code);
            if (at < 0) {
                in = blocks;
                at = blocks.find(code / 100);
            }
            if (at < 0) {
                return Optional.empty();
            }
            int place = in.places[at];
            if (place < PREFECTURE_CODES) {
                return Optional.ofNullable(prefectures.get(place)).map(p -> new PostalAddress(p, "", ""));
            }
            String prefecture = prefectures.get(place / 1000);
            String city = cities.get(place);
            if (prefecture == null || city == null) {
                return Optional.empty();
            }
            return Optional.of(new PostalAddress(prefecture, city, in.towns[at]));
        }
    }
}
