package com.licensedesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.mail.NewMail;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Times that desks compare keep their milliseconds, on SQLite and on PostgreSQL (the build runs this on both). */
class TimesTest {
    @TempDir Path folder;

    @Test
    void millisecondsRoundTripAndNothingIsRoundedUp() {
        Instant at = Instant.parse("2026-11-24T01:00:00.600Z");
        try (TestStore store = new TestStore(folder)) {
            long id = store.outbox.add(new NewMail("a@example.test", "s", "b", false).validUntil(at), "<1@t>", at);

            var mail = store.outbox.find(id).orElseThrow();
            assertThat(mail.createdAt()).as("not rounded to the next second").isEqualTo(at);
            assertThat(mail.nextAttemptAt()).isEqualTo(at);
            assertThat(store.outbox.claim("desk", at.plusMillis(399), java.time.Duration.ofMinutes(2), 10))
                    .as("valid until .600, so gone at .999: not rounded up to the next second").isEmpty();
            assertThat(store.outbox.claim("desk", at.minusMillis(1), java.time.Duration.ofMinutes(2), 10))
                    .as("due at .600: not yet at .599").isEmpty();
        }
    }
}
