package com.licensedesk.store;

import com.licensedesk.account.UserInfoService;
import com.licensedesk.auth.AnswerTime;
import com.licensedesk.auth.OneTimeCode;
import com.licensedesk.auth.PasswordChangeService;
import com.licensedesk.auth.PasswordResetService;
import com.licensedesk.auth.SignInService;
import com.licensedesk.auth.TemporaryPasswordService;
import com.licensedesk.auth.Totp;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.change.ChangeRecorder;
import com.licensedesk.company.AccountChangeMail;
import com.licensedesk.company.CompanyInfoService;
import com.licensedesk.licences.AddKeyService;
import com.licensedesk.licences.LicenceMail;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.Outbox;
import com.licensedesk.testing.Fixtures;
import java.security.SecureRandom;
import java.time.Clock;

/** The services over a test store, built as the composition root builds them, on the test's clock. */
public final class TestServices {
    public final SignInService signIn;
    public final PasswordChangeService passwordChange;
    public final PasswordResetService passwordReset;
    public final TwoFactorService twoFactor;
    public final UserInfoService userInfo;
    public final CompanyInfoService companyInfo;
    public final AddKeyService addKey;
    public final TemporaryPasswordService temporaryPasswords;
    public final Totp totp = new Totp();

    public TestServices(TestStore store, Clock clock) {
        Outbox outbox = new Outbox(store.outbox, clock, "example.test");
        MailTemplates templates = new MailTemplates(Fixtures.JAPANESE);
        JooqSignInAttempts attempts = new JooqSignInAttempts(store.database);
        JooqTwoFactor twoFactorStore = new JooqTwoFactor(store.database, Fixtures.SECRETS);
        SecureRandom random = new SecureRandom();
        signIn = new SignInService(store.accounts, attempts, store.audit, Fixtures.CHEAP_HASHER, twoFactorStore, totp,
                clock);
        passwordChange = new PasswordChangeService(store.database, store.accounts, signIn, outbox, templates,
                store.audit, Fixtures.CHEAP_HASHER, clock);
        passwordReset = new PasswordResetService(store.database, store.accounts, new JooqResetCodes(store.database),
                attempts, outbox, templates, store.audit, Fixtures.CHEAP_HASHER, new OneTimeCode(random), "desk-1",
                clock, AnswerTime.onThisMachine(java.time.Duration.ZERO));
        twoFactor = new TwoFactorService(store.database, twoFactorStore, store.accounts, signIn, outbox, templates,
                store.audit, Fixtures.CHEAP_HASHER, totp, new OneTimeCode(random), random, "License Desk", clock);
        ChangeRecorder changes = new ChangeRecorder(store.database, outbox, store.audit, clock);
        AccountChangeMail changeMail = new AccountChangeMail(templates, Fixtures.JAPANESE, store.accounts);
        userInfo = new UserInfoService(store.accounts, changes, changeMail);
        companyInfo = new CompanyInfoService(store.companies, changes, changeMail);
        temporaryPasswords = new TemporaryPasswordService(store.database, store.accounts, attempts, outbox, templates,
                store.audit, Fixtures.CHEAP_HASHER, random, clock);
        addKey = new AddKeyService(store.database, store.catalog, store.licences, store.companies, outbox,
                new LicenceMail(templates, Fixtures.JAPANESE, store.accounts), store.audit, clock);
    }
}
