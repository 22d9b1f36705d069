package com.licensedesk.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Actor;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every detail the services write reads in the person's words, in Japanese and in English: a detail as each action
 * stores it (the stored form is not changed, so entries written before read the same), and every name and phrase
 * with its label in both bundles.
 */
class AuditWordsTest {
    private static final Messages JAPANESE = new Messages(Locale.JAPANESE, "License Desk");
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH, "License Desk");
    /** A detail of each action, as its service writes it. */
    private static final Map<AuditAction, String> STORED = new EnumMap<>(Map.ofEntries(
            Map.entry(AuditAction.ACCOUNT_REGISTERED, "key=LD-7Q4M-X2PA-9KRT-C3VN; product=Hoshizora Endpoint Guard;"
                    + " agreement=2026-11; supportContactDiffers=false"),
            Map.entry(AuditAction.LICENCE_ADDED, "key=LD-7Q4M-X2PA-9KRT-C3VN; product=Kasumi Cloud Mail Protect;"
                    + " agreement=2026-11; batch=3"),
            Map.entry(AuditAction.CONTRACTOR_CHANGED, "contractor.branchName: \"\" -> \"横浜支店\"; contractor.phone:"
                    + " \"03-1234-5678\" -> \"045-123-4567\""),
            Map.entry(AuditAction.SUPPORT_CONTACT_CHANGED, "supportContact.name: \"佐藤 一郎\" -> \"鈴木 花子\";"
                    + " emergencyEmail: \"a@example.co.jp\" -> \"b@example.co.jp\""),
            Map.entry(AuditAction.USER_CHANGED, "user.email: \"a@example.co.jp\" -> \"b@example.co.jp\""),
            Map.entry(AuditAction.TEMPORARY_PASSWORD_ISSUED, "valid until 2026-11-25T01:00:00Z"),
            Map.entry(AuditAction.TWO_FACTOR_RESET_AT_DESK, ""),
            Map.entry(AuditAction.PASSWORD_CHANGED, "temporary password replaced"),
            Map.entry(AuditAction.PASSWORD_CHANGE_REFUSED, "wrong current password"),
            Map.entry(AuditAction.PASSWORD_RESET, "desk=窓口1"),
            Map.entry(AuditAction.RESET_CODE_SENT, "desk=窓口1"),
            Map.entry(AuditAction.RESET_THROTTLED, "desk=窓口1"),
            Map.entry(AuditAction.TWO_FACTOR_ENABLED, ""),
            Map.entry(AuditAction.TWO_FACTOR_DISABLED, ""),
            Map.entry(AuditAction.TWO_FACTOR_DISABLE_REFUSED, "wrong code"),
            Map.entry(AuditAction.SIGN_IN_SUCCEEDED, "recovery code"),
            Map.entry(AuditAction.SIGN_IN_PASSWORD_ACCEPTED, "two-factor code next"),
            Map.entry(AuditAction.SIGN_IN_FAILED, "unknown login ID"),
            Map.entry(AuditAction.SIGN_IN_LOCKED, "until=2026-11-24T01:30:00Z"),
            Map.entry(AuditAction.SIGN_IN_REFUSED_WHILE_LOCKED, "until=2026-11-24T01:30:00Z"),
            Map.entry(AuditAction.STAFF_SIGN_IN_SUCCEEDED, "authenticator code"),
            Map.entry(AuditAction.STAFF_SIGN_IN_FAILED, "wrong two-factor code"),
            Map.entry(AuditAction.OPERATOR_ADDED, "operator=admin1; role=CLERK"),
            Map.entry(AuditAction.OPERATOR_DEACTIVATED, "operator=admin1"),
            Map.entry(AuditAction.OPERATOR_PASSWORD_RESET, "operator=admin1"),
            Map.entry(AuditAction.OPERATOR_TOTP_ON, "operator=admin1"),
            Map.entry(AuditAction.OPERATOR_TOTP_OFF, "operator=admin1"),
            Map.entry(AuditAction.OPERATOR_PASSWORD_CHANGED, "operator=admin1; by themselves"),
            Map.entry(AuditAction.OPERATOR_OWN_CHANGE_REFUSED, "wrong current password"),
            Map.entry(AuditAction.MAIL_RESENT, "mail=42"),
            Map.entry(AuditAction.MAIL_CANCELLED, "mail=42"),
            Map.entry(AuditAction.DATABASE_RESTORED, "file=/var/backups/licensedesk-20261120.db schema=19"),
            Map.entry(AuditAction.REMINDER_SENT, "days=30; keys=**-****-****-****-C3VN,**-****-****-****-H8WD"),
            Map.entry(AuditAction.REMINDERS_EXCLUDED, ""),
            Map.entry(AuditAction.REMINDERS_INCLUDED, ""),
            Map.entry(AuditAction.CATALOG_IMPORTED, "file=catalog-2026-11.csv; added=120; updated=3; unchanged=2000;"
                    + " refused=1"),
            Map.entry(AuditAction.AUDIT_PRUNED, "before=2025-11-24; entries=1234"),
            Map.entry(AuditAction.KIOSK_ENROLLED, "kiosk=店頭1"),
            Map.entry(AuditAction.KIOSK_REVOKED, "kiosk=店頭1; reason=端末の紛失"),
            Map.entry(AuditAction.KIOSK_JOINED, "kiosk=店頭1; home=本店"),
            Map.entry(AuditAction.SYNC_BUNDLE_IMPORTED, "file=店頭1-000012.ldsync; kiosk=店頭1; entries=12; applied=10;"
                    + " waiting=1; held=1"),
            Map.entry(AuditAction.SYNC_BUNDLE_REFUSED, "file=店頭1-000013.ldsync; kiosk=店頭1; reason=REVOKED: 紛失"),
            Map.entry(AuditAction.SYNC_ENTRY_RESOLVED, "kiosk=店頭1; entry=7; conflict=SAME_COMPANY;"
                    + " as=RegisterCustomer"),
            Map.entry(AuditAction.SYNC_ENTRY_REJECTED, "kiosk=店頭1; entry=8; reason=同じ登録が二重"),
            Map.entry(AuditAction.SYNC_REPLY_READ, "file=reply-000003.ldreply; reply=3; acks=12; keys=4;"
                    + " catalogue=2000"),
            Map.entry(AuditAction.RECORDED_BY_A_NEWER_VERSION, "")));

    @Test
    void everyActionHasAStoredDetailHere() {
        assertThat(STORED).containsOnlyKeys(AuditAction.values());
    }

    @ParameterizedTest
    @EnumSource(AuditAction.class)
    void everyDetailReadsInWordsInBothLanguages(AuditAction action) {
        for (Messages messages : new Messages[] {JAPANESE, ENGLISH}) {
            String words = new AuditWords(messages).detail(STORED.get(action));

            assertThat(words).as(action + " in " + messages.locale()).doesNotContain("=", "; ", "->")
                    .doesNotContainPattern("[A-Z]{2,}_[A-Z_]+").doesNotContainPattern("\\b[a-z]+[A-Z][a-zA-Z]*\\b");
        }
        if (!STORED.get(action).isEmpty()) {
            assertThat(new AuditWords(JAPANESE).detail(STORED.get(action))).isNotEqualTo(STORED.get(action));
        }
    }

    static Stream<String> labels() {
        return Stream.of(AuditWords.NAMES.values(), AuditWords.PHRASES.values(), AuditWords.SECTIONS.values(),
                        AuditWords.SYSTEMS.values())
                .flatMap(java.util.Collection::stream);
    }

    @ParameterizedTest
    @MethodSource("labels")
    void everyNameAndPhraseHasItsLabelInBothBundles(String key) {
        assertThat(JAPANESE.get(key)).isNotBlank().isNotEqualTo(key);
        assertThat(ENGLISH.get(key)).isNotBlank().isNotEqualTo(key).isNotEqualTo(JAPANESE.get(key));
    }

    @Test
    void theStaffMemberAndTheKeyReadAsTheScreensNameThem() {
        assertThat(new AuditWords(JAPANESE).detail("operator=admin1; role=CLERK"))
                .isEqualTo("スタッフ: admin1、役割: 担当者");
        assertThat(new AuditWords(ENGLISH).detail("operator=admin1; role=CLERK"))
                .isEqualTo("Operator: admin1, role: " + ENGLISH.get("operators.role.clerk"));
        assertThat(new AuditWords(JAPANESE).detail(STORED.get(AuditAction.ACCOUNT_REGISTERED))).isEqualTo(
                "製品キー: LD-7Q4M-X2PA-9KRT-C3VN、製品: Hoshizora Endpoint Guard、使用許諾契約の版: 2026-11、"
                        + "別のサポート窓口: なし");
        assertThat(new AuditWords(JAPANESE).detail(STORED.get(AuditAction.CONTRACTOR_CHANGED))).isEqualTo(
                "ご契約者・支社/事業所名: 「（空欄）」→「横浜支店」、ご契約者・電話番号: 「03-1234-5678」→「045-123-4567」");
        assertThat(new AuditWords(JAPANESE).detail(STORED.get(AuditAction.SIGN_IN_LOCKED)))
                .isEqualTo("ロックの解除: 2026/11/24 10:30:00");
    }

    @Test
    void theOperatorsOwnChangeNamesThemAndSaysItWasTheirOwn() {
        assertThat(new AuditWords(JAPANESE).detail("operator=desk.admin; by themselves"))
                .isEqualTo("スタッフ: desk.admin、本人による変更");
        assertThat(new AuditWords(ENGLISH).detail("operator=desk.admin; by themselves"))
                .isEqualTo("Operator: desk.admin, by the operator themselves");
        assertThat(new AuditWords(JAPANESE).detail("kiosk=店頭1; reason=紛失; 再発行"))
                .as("a typed reason keeps its own \"; \"").isEqualTo("キオスク: 店頭1、理由: 紛失; 再発行");
    }

    @Test
    void theDesksOwnRunsAreNamedInThePersonsWords() {
        assertThat(new AuditWords(JAPANESE).actor(Actor.system("renewal-reminders")))
                .isEqualTo("システム 更新のお知らせの自動送信");
        assertThat(new AuditWords(ENGLISH).actor(Actor.system("cli"))).isEqualTo("System command line");
        assertThat(new AuditWords(JAPANESE).actor(Actor.system("a-later-run"))).isEqualTo("システム a-later-run");
    }

    @Test
    void whatTheDeskHasNoWordsForIsShownAsStored() {
        assertThat(new AuditWords(JAPANESE).detail("colour=blue; key=LD-7Q4M"))
                .isEqualTo("colour=blue、製品キー: LD-7Q4M");
        assertThat(new AuditWords(JAPANESE).detail("a phrase of a later version"))
                .isEqualTo("a phrase of a later version");
    }
}
