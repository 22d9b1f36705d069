package com.licensedesk.registration;

import com.licensedesk.account.AccountRepository;
import com.licensedesk.account.NewAccount;
import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Outcome;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.company.SupportContact;
import com.licensedesk.licences.KeyAvailability;
import com.licensedesk.licences.KeyRefused;
import com.licensedesk.licences.LicenceMail;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * First-time registration: the account, its contractor, support contact, emergency contact and purchase source (購入先), the licence,
 * the confirmation mail and the audit record, all in one transaction (the command {@link RegisterCustomer}). Any
 * failure leaves none of it.
 */
public final class RegistrationService {
    static final int TAKEN_ANSWERS_PER_HOUR = 20;
    private final ChangePipeline pipeline;
    private final KeyAvailability keys;
    private final AccountRepository accounts;
    private final CompanyRepository companies;
    private final LicenceRepository licences;
    private final LicenceMail licenceMail;
    private final PasswordHasher hasher;
    /** When this desk was last told that a login ID is taken: the answer is limited, it tells who is registered. */
    private final Deque<Instant> takenAnswers = new ArrayDeque<>();

    public RegistrationService(ChangePipeline pipeline, KeyAvailability keys, AccountRepository accounts,
                               CompanyRepository companies, LicenceRepository licences, LicenceMail licenceMail,
                               PasswordHasher hasher) {
        this.pipeline = pipeline;
        this.keys = keys;
        this.accounts = accounts;
        this.companies = companies;
        this.licences = licences;
        this.licenceMail = licenceMail;
        this.hasher = hasher;
    }

    /**
     * The new account and the product its licence is for. {@code confirmedByHome}: registered at an enrolled kiosk,
     * whose confirmation mail home sends once it has the registration.
     */
    public record Registered(long accountId, String loginId, String companyName, CatalogEntry entry,
                             boolean confirmedByHome) {
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
        // Refused before the slow hash, as the pipeline would refuse it after.
        actor.require(Permission.CHANGE_CUSTOMERS);
        request.refuseIfInvalid();
        String passwordHash = hasher.hash(request.password());
        try {
            return pipeline.run(actor, request.command(passwordHash), this::register);
        } catch (KeyRefused refused) {
            throw refusal(refused);
        } catch (LicenceRepository.KeyAlreadyRegistered raced) {
            throw new RegistrationRefused(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED);
        } catch (AccountRepository.LoginIdTaken taken) {
            throw loginIdTaken();
        }
    }

    /** The handler of {@link RegisterCustomer}, at a desk, a kiosk, and at home replaying a kiosk's entry. */
    public Outcome<Registered> register(RegisterCustomer command, ChangeContext context) {
        command.refuseIfInvalid();
        CatalogEntry entry = keys.require(command.key(), Optional.empty(), KeyAvailability.WhenExpired.ALLOWED);
        if (accounts.isLoginIdTaken(command.loginId())) {
            throw new AccountRepository.LoginIdTaken(command.loginId());
        }
        long accountId = accounts.create(new NewAccount(command.loginId(), command.passwordHash(), command.user(),
                command.language(), context.now()));
        SupportContact support = command.supportContact();
        companies.addContractor(accountId, command.company());
        companies.addSupportContact(accountId, support);
        companies.addEmergencyContact(accountId, command.emergencyEmail());
        companies.addPurchaseSource(accountId, command.purchaseSource());
        licences.add(accountId, command.key(), command.agreement(), context.now());
        return Outcome.changed(new Registered(accountId, command.loginId(), command.company().companyName(), entry,
                        context.heldForHome()))
                .mailing(licenceMail.registered(entry, support.person().email(), accountId))
                .audited(accountId, AuditAction.ACCOUNT_REGISTERED, "key=" + command.key()
                        + "; product=" + entry.product()
                        + "; agreement=" + command.agreement().version()
                        + "; supportContactDiffers=" + command.differentSupportContact().isPresent());
    }

    /** The registration's own words for a key no longer free; any other refusal as it is. */
    private static RuntimeException refusal(KeyRefused refused) {
        return switch (refused.problem()) {
            case NOT_IN_CATALOG -> new RegistrationRefused(RegistrationRefused.Reason.KEY_NOT_IN_CATALOG);
            case ALREADY_REGISTERED, ALREADY_REGISTERED_HERE ->
                    new RegistrationRefused(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED);
            default -> refused;
        };
    }

    private RegistrationRefused loginIdTaken() {
        Instant now = pipeline.now();
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
