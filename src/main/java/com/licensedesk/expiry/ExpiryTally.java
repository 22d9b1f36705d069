package com.licensedesk.expiry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tiles and the chart of 期限管理, counted from the per-day counts read once: changing the product filter counts
 * again here without another query.
 */
public final class ExpiryTally {
    /** The chart's months: this one and the eleven after it. */
    public static final int MONTHS = 12;

    private final List<ExpiryCount> counts;
    private final LocalDate today;

    public ExpiryTally(List<ExpiryCount> counts, LocalDate today) {
        this.counts = List.copyOf(counts);
        this.today = today;
    }

    /** The last day the counts must reach for these windows and the chart. */
    public static LocalDate horizon(LocalDate today, List<ExpiryFilter.Within> windows) {
        LocalDate chartEnd = YearMonth.from(today).plusMonths(MONTHS - 1L).atEndOfMonth();
        return windows.stream().map(window -> window.through(today)).max(Comparator.naturalOrder())
                .filter(end -> end.isAfter(chartEnd)).orElse(chartEnd);
    }

    /** How many licences each filter lists, in the filters' order. */
    public Map<ExpiryFilter, Integer> tiles(List<? extends ExpiryFilter> filters, Optional<String> product) {
        Map<ExpiryFilter, Integer> tiles = new LinkedHashMap<>();
        for (ExpiryFilter filter : filters) {
            tiles.put(filter, count(filter, product));
        }
        return tiles;
    }

    /** Licences ending in each month of the chart, this month first. */
    public Map<YearMonth, Integer> months(Optional<String> product) {
        Map<YearMonth, Integer> months = new LinkedHashMap<>();
        YearMonth first = YearMonth.from(today);
        for (int i = 0; i < MONTHS; i++) {
            YearMonth month = first.plusMonths(i);
            months.put(month, count(new ExpiryFilter.InMonth(month), product));
        }
        return months;
    }

    /** The products that have licences in the counts, by name. */
    public List<String> products() {
        List<String> products = new ArrayList<>(counts.stream().map(ExpiryCount::product).distinct().toList());
        products.sort(Comparator.naturalOrder());
        return products;
    }

    public int count(ExpiryFilter filter, Optional<String> product) {
        int total = 0;
        for (ExpiryCount count : counts) {
            if (filter.holds(count.expires(), today) && product.map(count.product()::equals).orElse(true)) {
                total += count.licences();
            }
        }
        return total;
    }
}
