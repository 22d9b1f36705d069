package com.licensedesk.registration;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.account.AccountRepository;
import com.licensedesk.account.NewAccount;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.company.SupportContact;
import com.licensedesk.licences.LicenceMail;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.mail.Outbox;
import com.licensedesk.change.Transactor;
import java.time.Clock;
import java.util.Deque;
import java.util.ArrayDeque;
import java.time.Instant;
import java.time.Duration;
import java.util.Optional;

/**
 * First-time registration: the account, its contractor, support contact, emergency contact and purchase source (購入先), the licence,
 * the confirmation mail and the audit record, all in one transaction. Any failure leaves none of it.
 */
public final class RegistrationService {
    static final int TAKEN_ANSWERS_PER_HOUR = 20;
    private final Transactor transactor;
    private final CatalogRepository catalog;
    private final AccountRepository accounts;
    private final CompanyRepository companies;
    private final LicenceRepository licences;
    private final Outbox outbox;
    private final LicenceMail licenceMail;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;
    /** When this desk was last told that a login ID is taken: the answer is limited, it tells who is registered. */
    private final Deque<Instant> takenAnswers = new ArrayDeque<>();

    public RegistrationService(Transactor transactor, CatalogRepository catalog, AccountRepository accounts,
                               CompanyRepository companies, LicenceRepository licences, Outbox outbox,
                               LicenceMail licenceMail, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.transactor = transactor;
        this.catalog = catalog;
        this.accounts = accounts;
        this.companies = companies;
        this.licences = licences;
        this.outbox = outbox;
        this.licenceMail = licenceMail;
        this.audit = audit;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** The new account and the product its licence is for. */
    public record Registered(long accountId, String loginId, String companyName, CatalogEntry entry) {
    }

    /** The customer registers themselves (the Start screen, a kiosk). */
    public Registered register(RegistrationRequest request) {
        return register(request, Actor.customer(request.loginId()));
    }

    /**
     * {@code actor} registers the customer: the customer themselves, or an operator at the desk. Throws
     * {@link RegistrationRefused} when the key or the login ID is no longer free; a taken login ID is said at most
     * {@value #TAKEN_ANSWERS_PER_HOUR} times an hour per desk. Slow: hashes.
     */
    public Registered register(RegistrationRequest request, Actor actor) {
        actor.require(Permission.CHANGE_CUSTOMERS);
        request.refuseIfInvalid();
        String passwordHash = hasher.hash(request.password());
        try {
            return transactor.inTransaction(() -> {
                CatalogEntry entry = catalog.find(request.key())
                        .orElseThrow(() -> new RegistrationRefused(RegistrationRefused.Reason.KEY_NOT_IN_CATALOG));
                if (licences.ownerOf(request.key()).isPresent()) {
                    throw new RegistrationRefused(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED);
                }
                if (accounts.isLoginIdTaken(request.loginId())) {
                    throw loginIdTaken();
                }
                long accountId = accounts.create(
                        new NewAccount(request.loginId(), passwordHash, request.user(), request.language(), clock.instant()));
                SupportContact support = request.supportContact();
                companies.addContractor(accountId, request.company());
                companies.addSupportContact(accountId, support);
                companies.addEmergencyContact(accountId, request.emergencyEmail());
                companies.addPurchaseSource(accountId, request.purchaseSource());
                licences.add(accountId, request.key(), request.agreement(), clock.instant());
                outbox.enqueue(licenceMail.registered(entry, support.person().email(), accountId));
                audit.record(new AuditEntry(clock.instant(), Optional.of(accountId), actor,
                        AuditAction.ACCOUNT_REGISTERED,
                        "key=" + request.key() + "; product=" + entry.product()
                                + "; agreement=" + request.agreement().version()
                                + "; supportContactDiffers=" + request.differentSupportContact().isPresent()));
                return new Registered(accountId, request.loginId(), request.company().companyName(), entry);
            });
        } catch (LicenceRepository.KeyAlreadyRegistered raced) {
            throw new RegistrationRefused(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED);
        } catch (AccountRepository.LoginIdTaken raced) {
            throw loginIdTaken();
        }
    }

    private RegistrationRefused loginIdTaken() {
        Instant now = clock.instant();
        synchronized (takenAnswers) {
            while (!takenAnswers.isEmpty() && takenAnswers.peekFirst().isBefore(now.minus(Duration.ofHours(1)))) {
                takenAnswers.removeFirst();
            }
            if (takenAnswers.size() >= TAKEN_ANSWERS_PER_HOUR) {
                return new RegistrationRefused(RegistrationRefused.Reason.TOO_MANY_TAKEN_LOGIN_IDS);
            }
            takenAnswers.addLast(now);
        }
        return new RegistrationRefused(RegistrationRefused.Reason.LOGIN_ID_TAKEN);
    }
}
