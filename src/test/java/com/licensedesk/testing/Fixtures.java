package com.licensedesk.testing;

import com.licensedesk.auth.Argon2PasswordHasher;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.company.CompanyProfile;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.licences.AgreementAcceptance;
import com.licensedesk.registration.RegistrationRequest;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Tasks;
import com.licensedesk.domain.PhoneNumber;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

/** Values the tests share: a fixed clock, the Japanese texts, a cheap password hash, a complete registration. */
public final class Fixtures {
    /** 2026-11-24 10:00 in Japan. */
    public static final Instant NOW = Instant.parse("2026-11-24T01:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Messages JAPANESE = new Messages(Locale.JAPANESE, "License Desk");
    /** Argon2id with small parameters: the same code path, a fraction of the time. */
    /** {@code licensedesk.secret-key} for the tests' desks on a shared database: the same key as {@link #SECRETS}. */
    public static final String SECRET_KEY_SETTING = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    /** Seals two-factor secrets in the tests, with a fixed key. */
    public static final com.licensedesk.auth.SecretBox SECRETS = new com.licensedesk.auth.SecretBox(new byte[32],
            new java.security.SecureRandom());
    public static final PasswordHasher CHEAP_HASHER = new Argon2PasswordHasher(1024, 1);
    /** Runs the work at once on the calling thread, as a view model test wants. */
    public static final Tasks IN_PLACE = new InPlaceTasks();
    /** The shipped postal code table, read once for every test that fills in a form. */
    public static final com.licensedesk.postal.PostalCodes POSTAL_CODES = com.licensedesk.postal.PostalCodes.load();

    private Fixtures() {
    }

    public static ProductKey key(String typed) {
        return ProductKey.parse(typed).orElseThrow();
    }

    public static CompanyProfile company() {
        return new CompanyProfile("サンプル株式会社", "サンプルカブシキガイシャ", "", "", "100-0001", "東京都",
                "千代田区千代田1-1", "");
    }

    public static ContactPerson user(String email) {
        return new ContactPerson("田中 一郎", "タナカ イチロウ", "情報システム部",
                PhoneNumber.parse("03", "53949600").orElseThrow(), Optional.empty(), email);
    }

    /** {@link #registration(String, String)} for another company, at the same address. */
    public static RegistrationRequest registration(String key, String loginId, String companyName) {
        RegistrationRequest request = registration(key, loginId);
        CompanyProfile company = request.company();
        return new RegistrationRequest(request.key(), request.agreement(), request.loginId(), request.password(),
                new CompanyProfile(companyName, company.companyNameKana(), company.branchName(),
                        company.branchNameKana(), company.postalCode(), company.prefecture(), company.address1(),
                        company.address2()),
                request.user(), request.purchaseSource(), request.emergencyEmail(),
                request.differentSupportContact(), request.language());
    }

    public static RegistrationRequest registration(String key, String loginId) {
        return new RegistrationRequest(key(key), new AgreementAcceptance("2026-11", NOW), loginId, "Sakura7Desk",
                company(), user("tanaka@example.co.jp"), "サンプル販売株式会社", "emergency@example.co.jp",
                Optional.empty(), Locale.JAPANESE);
    }

    /** The same registration made by a customer who uses the English screens. */
    public static RegistrationRequest englishRegistration(String key, String loginId) {
        return new RegistrationRequest(key(key), new AgreementAcceptance("2026-11", NOW), loginId, "Sakura7Desk",
                company(), user("tanaka@example.co.jp"), "Sample Reseller Ltd.", "emergency@example.co.jp",
                Optional.empty(), Locale.ENGLISH);
    }

    /** The newest schema version: the number of migrations in {@code sql/}. */
    public static String newestSchema() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("sql"))) {
            return String.valueOf(files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .count());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
