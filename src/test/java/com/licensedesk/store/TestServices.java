package com.licensedesk.store;

import com.licensedesk.account.UserInfoService;
import com.licensedesk.auth.OneTimeCode;
import com.licensedesk.auth.PasswordChangeService;
import com.licensedesk.auth.PasswordResetService;
import com.licensedesk.auth.SignInMail;
import com.licensedesk.auth.SignInService;
import com.licensedesk.auth.TemporaryPasswordService;
import com.licensedesk.auth.Totp;
import com.licensedesk.auth.TwoFactorService;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.company.AccountChangeMail;
import com.licensedesk.company.CompanyInfoService;
import com.licensedesk.licences.AddKeyService;
import com.licensedesk.licences.BatchKeyService;
import com.licensedesk.licences.KeyAvailability;
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
    public final BatchKeyService batchKeys;
    public final TemporaryPasswordService temporaryPasswords;
    public final Totp totp = new Totp();

    public TestServices(TestStore store, Clock clock) {
        Outbox outbox = new Outbox(store.outbox, clock, "example.test");
        MailTemplates templates = new MailTemplates(Fixtures.JAPANESE);
        JooqSignInAttempts attempts = new JooqSignInAttempts(store.database);
        JooqTwoFactor twoFactorStore = new JooqTwoFactor(store.database, Fixtures.SECRETS);
        SecureRandom random = new SecureRandom();
        ChangePipeline pipeline = store.pipeline(clock);
        SignInMail signInMail = new SignInMail(templates);
        signIn = new SignInService(store.accounts, attempts, pipeline, Fixtures.CHEAP_HASHER, twoFactorStore, totp,
                clock);
        passwordChange = new PasswordChangeService(pipeline, store.accounts, signIn, signInMail, Fixtures.CHEAP_HASHER,
                clock);
        passwordReset = new PasswordResetService(pipeline, store.database, store.accounts,
                new JooqResetCodes(store.database), attempts, signInMail, Fixtures.CHEAP_HASHER,
                new OneTimeCode(random), "desk-1", clock, com.licensedesk.auth.EvenAnswer.immediate());
        twoFactor = new TwoFactorService(pipeline, twoFactorStore, store.accounts, signIn, signInMail,
                Fixtures.SECRETS, Fixtures.CHEAP_HASHER, totp, new OneTimeCode(random), random, "License Desk", clock);
        AccountChangeMail changeMail = new AccountChangeMail(templates, Fixtures.JAPANESE, store.accounts);
        userInfo = new UserInfoService(store.accounts, pipeline, changeMail);
        companyInfo = new CompanyInfoService(store.companies, pipeline, changeMail);
        temporaryPasswords = new TemporaryPasswordService(pipeline, store.accounts, attempts, signInMail,
                Fixtures.CHEAP_HASHER, random);
        KeyAvailability keys = new KeyAvailability(store.catalog, store.licences, clock);
        addKey = new AddKeyService(pipeline, keys, store.licences, store.companies,
                new LicenceMail(templates, Fixtures.JAPANESE, store.accounts));
        batchKeys = new BatchKeyService(keys, store.catalog, addKey, pipeline);
    }
}
