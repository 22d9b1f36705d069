package com.licensedesk.sync;

import com.licensedesk.account.AccountRepository;
import com.licensedesk.account.UserInfoService;
import com.licensedesk.audit.AuditAction;
import com.licensedesk.auth.CredentialRepository;
import com.licensedesk.auth.Credentials;
import com.licensedesk.auth.LoginId;
import com.licensedesk.change.AccountCommand;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.Command;
import com.licensedesk.change.CommandHandler;
import com.licensedesk.change.CommandJson;
import com.licensedesk.change.Handlers;
import com.licensedesk.change.KioskEntry;
import com.licensedesk.change.Outcome;
import com.licensedesk.company.CompanyCommands;
import com.licensedesk.company.CompanyDetails;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.domain.FieldSpec;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.domain.Text;
import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.kiosks.KioskRepository;
import com.licensedesk.licences.AddKeys;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.NewMail;
import com.licensedesk.registration.RegisterCustomer;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 同期の確認: the entries home could not apply as they stand, and a person's answer to each. Each answer goes
 * through the change pipeline with the kiosk's entry (journalled once under its id), audited with the operator, and
 * releases the entries held behind it at the next settling.
 */
public final class SyncReview {
    public static final FieldSpec REJECT_REASON = FieldSpec.required("rejectReason", String::strip,
            Text.maxLength(400));
    private final ReceivedEntries entries;
    private final KioskRepository kiosks;
    private final ChangePipeline pipeline;
    private final Handlers handlers;
    private final CommandJson json;
    private final CredentialRepository credentials;
    private final CompanyRepository companies;
    private final AccountRepository accounts;
    private final LicenceRepository licences;
    private final SyncMail mail;
    private final Clock clock;

    public SyncReview(ReceivedEntries entries, KioskRepository kiosks, ChangePipeline pipeline, Handlers handlers,
                      CommandJson json, CredentialRepository credentials, CompanyRepository companies,
                      AccountRepository accounts, LicenceRepository licences, MailTemplates templates,
                      Clock clock) {
        this.entries = entries;
        this.kiosks = kiosks;
        this.pipeline = pipeline;
        this.handlers = handlers;
        this.json = json;
        this.credentials = credentials;
        this.companies = companies;
        this.accounts = accounts;
        this.licences = licences;
        this.mail = new SyncMail(templates);
        this.clock = clock;
    }

    /** What waits, oldest first, each with its kiosk. */
    public List<ReceivedEntries.Waiting> waiting() {
        return entries.waiting();
    }

    /** The command the entry carries, as the kiosk wrote it: the kiosk's side of 同期の確認. */
    public Command kioskSide(ReceivedEntry entry) {
        return json.read(entry.command(), entry.formatVersion()).orElseThrow();
    }

    /**
     * The kiosk's registration goes to an existing customer of home: its key is added to {@code accountId} (with the
     * key-added mail to that customer's support contact) instead of a new account.
     */
    public void addToExisting(Actor operator, long entryId, long accountId) {
        ReceivedEntry entry = waitingEntry(entryId);
        RegisterCustomer registration = registration(entry);
        Credentials customer = credentials.of(accountId);
        AddKeys command = new AddKeys(customer.accountId(), customer.loginId(), List.of(registration.key()),
                registration.agreement(), false);
        apply(operator, entry, command, customer.accountId(), Optional.empty());
    }

    /**
     * The kiosk's registration under another login ID; the customer is mailed the new one with the confirmation.
     * Throws {@link InvalidInput} for a login ID that breaks the rules; a taken one leaves the entry waiting.
     */
    public void registerWithNewLoginId(Actor operator, long entryId, String typedLoginId) {
        ReceivedEntry entry = waitingEntry(entryId);
        String loginId = LoginId.FIELD.cleaned(typedLoginId);
        new InvalidInput.Check().field(LoginId.FIELD, loginId).refuseIfAny();
        RegisterCustomer registration = registration(entry).withLoginId(loginId);
        apply(operator, entry, registration, -1, Optional.of(mail.newLoginId(registration,
                registration(entry).loginId())));
    }

    /**
     * A saved record both sides changed, field by field: each field's value at the kiosk and at home now (by its
     * path, e.g. {@code contractor.companyName}). Empty for an entry that is not such a save.
     */
    public Optional<SidesOfARecord> sides(ReceivedEntry entry) {
        return homeSide(entry).map(home -> new SidesOfARecord(FieldMerge.fields(entry.command()),
                FieldMerge.fields(json.write(home))));
    }

    public record SidesOfARecord(Map<String, String> kiosk, Map<String, String> home) {
    }

    /**
     * What home has that stands in the way, for 同期の確認's home side: the customer of the same company, of the login
     * ID, or holding the key, or the record as home has it now.
     */
    public Map<String, String> homeFields(ReceivedEntry entry) {
        Optional<SidesOfARecord> record = sides(entry);
        if (record.isPresent()) {
            return record.get().home();
        }
        Optional<Long> account = existingCustomer(entry).or(() -> kioskSide(entry) instanceof RegisterCustomer r
                && entry.conflict().equals(Optional.of(ReceivedEntry.Conflict.KEY_TAKEN))
                ? licences.ownerOf(r.key()) : Optional.empty());
        return account.map(this::customer).orElse(Map.of());
    }

    /** The existing customer a registration could be added to: of the same company, or of the login ID. */
    public Optional<Long> existingCustomer(ReceivedEntry entry) {
        if (!(kioskSide(entry) instanceof RegisterCustomer registration)) {
            return Optional.empty();
        }
        return switch (entry.conflict().orElse(ReceivedEntry.Conflict.INVALID_DATA)) {
            case SAME_COMPANY -> entry.reason().flatMap(SyncReview::number);
            case LOGIN_ID_TAKEN -> credentials.find(registration.loginId()).map(Credentials::accountId);
            default -> Optional.empty();
        };
    }

    private Map<String, String> customer(long accountId) {
        Credentials customer = credentials.of(accountId);
        CompanyDetails details = companies.details(accountId);
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("loginId", customer.loginId());
        fields.put("contractor.companyName", details.contractor().companyName());
        fields.put("contractor.postalCode", details.contractor().postalCode());
        fields.put("contractor.address1", details.contractor().address1());
        fields.put("user.email", customer.email());
        return fields;
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The fields named taken from the kiosk, every other kept as home has it, saved on home's current version. */
    public void applyFields(Actor operator, long entryId, Set<String> fromKiosk) {
        ReceivedEntry entry = waitingEntry(entryId);
        Command home = homeSide(entry).orElseThrow(() -> new NotApplicable(entryId));
        Command merged = json.read(FieldMerge.merge(json.write(home), entry.command(), fromKiosk),
                entry.formatVersion()).orElseThrow();
        apply(operator, entry, merged, ((AccountCommand) home).accountId(), Optional.empty());
    }

    /** The record as home has it now, in the shape of the kiosk's save, with home's account and version. */
    private Optional<Command> homeSide(ReceivedEntry entry) {
        if (!(kioskSide(entry) instanceof AccountCommand onAccount)) {
            return Optional.empty();
        }
        Optional<Credentials> customer = credentials.find(onAccount.loginId());
        if (customer.isEmpty()) {
            return Optional.empty();
        }
        long account = customer.get().accountId();
        String loginId = customer.get().loginId();
        if (onAccount instanceof CompanyCommands.SaveContractor) {
            CompanyDetails details = companies.details(account);
            return Optional.of(new CompanyCommands.SaveContractor(account, loginId, details.contractor(),
                    details.versions().contractor()));
        }
        if (onAccount instanceof CompanyCommands.SaveSupportContact) {
            CompanyDetails details = companies.details(account);
            return Optional.of(new CompanyCommands.SaveSupportContact(account, loginId, details.supportContact(),
                    details.emergencyEmail(), details.versions().supportContact()));
        }
        if (onAccount instanceof UserInfoService.SaveUserInfo) {
            return Optional.of(new UserInfoService.SaveUserInfo(account, loginId, accounts.user(account),
                    accounts.userVersion(account)));
        }
        return Optional.empty();
    }

    /** Rejected for good, with a reason: a notice goes to the customer of a rejected registration. */
    public void reject(Actor operator, long entryId, String typedReason) {
        operator.require(Permission.CHANGE_CUSTOMERS);
        ReceivedEntry entry = waitingEntry(entryId);
        String reason = REJECT_REASON.cleaned(typedReason);
        new InvalidInput.Check().field(REJECT_REASON, reason).refuseIfAny();
        Kiosk kiosk = kiosks.find(entry.kioskId()).orElseThrow();
        Optional<NewMail> notice = kioskSide(entry) instanceof RegisterCustomer registration
                ? Optional.of(mail.rejected(registration, reason))
                : Optional.empty();
        pipeline.run(operator, new SyncReviewCommands.RejectEntry(kiosk.name(), entry.sequence(), reason),
                (command, context) -> {
                    entries.rejected(entry.id(), context.now(), context.actor().loginId(), command.reason());
                    Outcome<Void> outcome = Outcome.event(null, Optional.empty(), AuditAction.SYNC_ENTRY_REJECTED,
                            "kiosk=" + command.kiosk() + "; entry=" + command.sequence()
                                    + "; reason=" + command.reason());
                    return notice.map(outcome::mailing).orElse(outcome);
                });
    }

    private void apply(Actor operator, ReceivedEntry entry, Command command, long knownAccount,
                       Optional<NewMail> extra) {
        operator.require(Permission.CHANGE_CUSTOMERS);
        Kiosk kiosk = kiosks.find(entry.kioskId()).orElseThrow();
        @SuppressWarnings("unchecked")
        CommandHandler<Command, Object> handler = (CommandHandler<Command, Object>) (CommandHandler<?, ?>)
                handlers.of(command).orElseThrow(() -> new NotApplicable(entry.id()));
        // The kiosk's mail promised what the kiosk's entry said; a person's answer changes it, so home's own goes.
        KioskEntry kioskEntry = new KioskEntry(entry.entryId(), kiosk.name(), entry.sequence(), entry.enteredAt(),
                List.of());
        String loginId = command instanceof AccountCommand a ? a.loginId() : ((RegisterCustomer) command).loginId();
        pipeline.replay(kioskEntry, operator, command, (c, context) -> {
            Outcome<Object> outcome = handler.handle(c, context);
            return extra.map(outcome::mailing).orElse(outcome)
                    .audited(Optional.empty(), AuditAction.SYNC_ENTRY_RESOLVED, "kiosk=" + kiosk.name()
                            + "; entry=" + entry.sequence() + "; conflict="
                            + entry.conflict().map(Enum::name).orElse("") + "; as=" + json.typeName(c));
        }, () -> entries.applied(entry.id(), clock.instant(), operator.loginId(),
                knownAccount > 0 ? knownAccount : credentials.find(loginId).orElseThrow().accountId()));
    }

    private ReceivedEntry waitingEntry(long entryId) {
        return entries.find(entryId).filter(e -> e.state() == ReceivedEntry.State.WAITING)
                .orElseThrow(() -> new NotApplicable(entryId));
    }

    private RegisterCustomer registration(ReceivedEntry entry) {
        if (kioskSide(entry) instanceof RegisterCustomer registration) {
            return registration;
        }
        throw new NotApplicable(entry.id());
    }

    /** The entry is settled already, or the answer does not fit it (a key added to a change of address). */
    public static final class NotApplicable extends RuntimeException {
        public NotApplicable(long entryId) {
            super("no such answer for entry " + entryId, null, false, false);
        }
    }
}
