package com.licensedesk.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** English says "1 field" and "13 fields", never "field(s)"; Japanese counts need no plural. */
class CountMessagesTest {
    private static final Pattern CHOICE = Pattern.compile("\\{(\\d+),choice,");
    private final Messages english = new Messages(Locale.ENGLISH, "License Desk");
    private final Messages japanese = new Messages(Locale.JAPANESE, "License Desk");

    @Test
    void theBannerCountsFieldsInTheSingularAndThePlural() {
        assertThat(english.get("common.banner.fieldsNeedAttention", 1))
                .isEqualTo("Please check your entries: 1 field needs attention.");
        assertThat(english.get("common.banner.fieldsNeedAttention", 13))
                .isEqualTo("Please check your entries: 13 fields need attention.");
        assertThat(japanese.get("common.banner.fieldsNeedAttention", 13))
                .isEqualTo("入力内容を確認してください。13件の項目に誤りがあります。");
    }

    @Test
    void countsOfThingsAgreeWithTheirNumber() {
        assertThat(english.get("directory.count", 1)).isEqualTo("1 customer");
        assertThat(english.get("directory.count", 3_000)).isEqualTo("3,000 customers");
        assertThat(english.get("auth.login.error.locked", 1)).contains("in 1 minute.");
        assertThat(english.get("check.expiring.warning", "2027/03/31", 1L)).contains("1 day left");
        assertThat(english.get("expiry.reminders.sent", 1, 1, 2))
                .startsWith("1 renewal notice was sent (1 customer, 2 licences).");
        assertThat(english.get("mail.reminder.subject", "Sample", 7, "", 1))
                .isEqualTo("[Renewal notice] 1 licence expires within 7 days");
        assertThat(english.get("cli.audit.pruned", 1, "2026-01-01")).startsWith("1 audit log entry before 2026-01-01 was");
    }

    @Test
    void noEnglishMessageLeavesThePluralToTheReader() {
        for (String key : Collections.list(english.bundle().getKeys())) {
            assertThat(english.get(key)).as(key).doesNotContain("(s)");
        }
    }

    @Test
    void everyCountMessageFormatsZeroOneAndManyInBothLanguages() {
        for (String key : Collections.list(english.bundle().getKeys())) {
            String pattern = english.bundle().getString(key);
            Matcher choice = CHOICE.matcher(pattern);
            int arguments = 0;
            for (Matcher any = Pattern.compile("\\{(\\d+)").matcher(pattern); any.find(); ) {
                arguments = Math.max(arguments, Integer.parseInt(any.group(1)) + 1);
            }
            if (!choice.find()) {
                continue;
            }
            for (long count : List.of(0L, 1L, 2L, 1_000L)) {
                Object[] args = new Object[arguments];
                Arrays.fill(args, count);
                assertThatCode(() -> english.get(key, args)).as(key).doesNotThrowAnyException();
                assertThatCode(() -> japanese.get(key, args)).as(key).doesNotThrowAnyException();
            }
            Object[] one = new Object[arguments];
            Object[] two = new Object[arguments];
            Arrays.fill(one, 1);
            Arrays.fill(two, 2);
            assertThat(english.get(key, one).replace("1", "")).as(key)
                    .isNotEqualTo(english.get(key, two).replace("2", ""));
        }
    }
}
