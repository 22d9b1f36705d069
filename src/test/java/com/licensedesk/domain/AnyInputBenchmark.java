package com.licensedesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every parser of typed text on the 200,000-character pastes of {@link AnyInputTest}: in time linear in their length,
 * a paste costs no more than a blink (a tenth of a second). A timing goal, so a benchmark: run on a quiet machine.
 */
@Tag("benchmark")
class AnyInputBenchmark {
    private static final Duration BLINK = Duration.ofMillis(100);

    @Test
    void aLongPasteTakesUnderATenthOfASecond() {
        List<String> slow = new ArrayList<>();
        for (Map.Entry<String, Consumer<String>> parser : AnyInputTest.PARSERS.entrySet()) {
            for (String pasted : AnyInputTest.PASTES) {
                parser.getValue().accept(pasted.substring(0, 1000)); // the code paths warmed, not the long run's cost
                long start = System.nanoTime();
                parser.getValue().accept(pasted);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                System.out.printf(Locale.ROOT, "%s on %s…: %d ms%n", parser.getKey(), pasted.charAt(0),
                        took.toMillis());
                if (took.compareTo(BLINK) >= 0) {
                    slow.add(parser.getKey() + " on " + pasted.charAt(0) + "… took " + took.toMillis() + " ms");
                }
            }
        }
        assertThat(slow).as("pastes that took a tenth of a second or more").isEmpty();
    }
}
