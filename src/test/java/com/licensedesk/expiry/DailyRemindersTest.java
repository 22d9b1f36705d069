package com.licensedesk.expiry;

import com.licensedesk.testing.TestDesk;
import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.mail.MailTemplates;
import com.licensedesk.store.JooqReminders;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.MovableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily job sends the day's reminders at its first run of a day, and not again until the next. */
class DailyRemindersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @TempDir Path folder;

    @Test
    void theRemindersGoAtTheFirstRunOfADayOnly() {
        try (TestDesk desk = TestDesk.empty().open(folder)) {
            MovableClock clock = desk.clock();
            new ExpiringCustomers(desk).customer(TODAY.plusDays(30));
            DailyReminders daily = new DailyReminders(desk.services().reminders, clock);

            assertThat(daily.runIfDue()).hasValueSatisfying(sent -> assertThat(sent.mails()).isEqualTo(1));
            clock.advance(Duration.ofHours(1));
            assertThat(daily.runIfDue()).as("later the same day").isEmpty();

            clock.advance(Duration.ofDays(1));
            assertThat(daily.runIfDue()).as("the next day, with nothing new due")
                    .hasValueSatisfying(sent -> assertThat(sent.mails()).isZero());
        }
    }
}
