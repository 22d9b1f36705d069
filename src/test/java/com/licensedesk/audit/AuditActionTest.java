package com.licensedesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every action the audit log records reads in the person's words, in Japanese and in English, never as its code. */
class AuditActionTest {
    private static final Messages JAPANESE = new Messages(Locale.JAPANESE, "License Desk");
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH, "License Desk");

    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void anActionHasALabelInBothLanguages(AuditAction action) {
        String japanese = JAPANESE.get(action.labelKey());
        String english = ENGLISH.get(action.labelKey());

        assertThat(japanese).isNotBlank().isNotEqualTo(action.labelKey()).doesNotContain(action.name());
        assertThat(english).isNotBlank().isNotEqualTo(action.labelKey()).isNotEqualTo(japanese)
                .doesNotContain(action.name());
        assertThat(AuditAction.stored(action.name())).isEqualTo(action);
    }
}
