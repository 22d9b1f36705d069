package com.licensedesk.licences;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditLog;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.change.Transactor;
import com.licensedesk.company.CompanyRepository;
import com.licensedesk.mail.Outbox;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Permission;
import com.licensedesk.ui.Formats;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * まとめて追加: many keys for one customer at the desk, pasted or scanned one per line in any typed form. Each line is
 * checked and its outcome shown; then the good ones are registered in one transaction, with one mail listing them.
 * Registering checks every line again inside that transaction: when the good ones are no longer those the clerk saw,
 * nothing is registered and the lines are shown as they are now.
 */
public final class BatchKeyService {
    /** The most keys one batch takes: a box of licences, not a catalogue (that is カタログの取り込み). */
    public static final int MOST = 500;

    /** What a line came to. */
    public enum Outcome {
        OK, WRONG_SHAPE, UNKNOWN, ALREADY_REGISTERED_HERE, ALREADY_REGISTERED, TWICE, EXPIRED;

        public boolean isGood() {
            return this == OK;
        }
    }

    /** A checked line: its number in the text, the key as typed, the outcome and (when known) the catalogue entry. */
    public record Line(int number, String typed, Outcome outcome, Optional<CatalogEntry> entry, int firstLine) {
    }

    /** A key was taken, or left the catalogue, between 確認 and 登録: the lines as they are now. */
    public static final class BatchChanged extends RuntimeException {
        private final transient List<Line> lines;

        BatchChanged(List<Line> lines) {
            super("The batch changed since it was checked", null, false, false);
            this.lines = List.copyOf(lines);
        }

        public List<Line> lines() {
            return lines;
        }
    }

    private final Transactor transactor;
    private final KeyCheck keyCheck;
    private final CatalogRepository catalog;
    private final LicenceRepository licences;
    private final CompanyRepository companies;
    private final Outbox outbox;
    private final LicenceMail licenceMail;
    private final AuditLog audit;
    private final Clock clock;

    public BatchKeyService(Transactor transactor, KeyCheck keyCheck, CatalogRepository catalog,
                           LicenceRepository licences, CompanyRepository companies, Outbox outbox,
                           LicenceMail licenceMail, AuditLog audit, Clock clock) {
        this.transactor = transactor;
        this.keyCheck = keyCheck;
        this.catalog = catalog;
        this.licences = licences;
        this.companies = companies;
        this.outbox = outbox;
        this.licenceMail = licenceMail;
        this.audit = audit;
        this.clock = clock;
    }

    /** 確認: every non-blank line of {@code text}, checked for the acting customer. Writes nothing. */
    public List<Line> check(Acting acting, List<String> text) {
        LocalDate today = LocalDate.now(clock.withZone(Formats.JAPAN));
        Map<String, Integer> firstSeen = new HashMap<>();
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String typed = text.get(i).strip();
            if (typed.isEmpty()) {
                continue;
            }
            int number = i + 1;
            Optional<ProductKey> key = ProductKey.parse(typed);
            if (key.isPresent()) {
                Integer earlier = firstSeen.putIfAbsent(key.get().value(), number);
                if (earlier != null) {
                    lines.add(new Line(number, typed, Outcome.TWICE, catalog.find(key.get()), earlier));
                    continue;
                }
            }
            KeyCheck.Outcome checked = keyCheck.check(typed, Optional.of(acting.accountId()));
            Outcome outcome = checked.problem().map(BatchKeyService::outcome).orElse(Outcome.OK);
            Optional<CatalogEntry> entry = checked.entry().or(() -> key.flatMap(catalog::find));
            if (outcome == Outcome.OK && entry.orElseThrow().expires().isBefore(today)) {
                outcome = Outcome.EXPIRED;
            }
            lines.add(new Line(number, typed, outcome, entry, 0));
        }
        return lines;
    }

    /**
     * 登録: the good lines' keys, registered to the acting customer in one transaction with one mail and an audit
     * record per key. When a line is no longer good (another desk took the key meanwhile), nothing is registered and
     * {@link BatchChanged} carries the lines checked again.
     */
    public List<CatalogEntry> register(Acting acting, List<String> text, List<Line> checked,
                                       AgreementAcceptance agreement) {
        acting.actor().require(Permission.CHANGE_CUSTOMERS);
        long accountId = acting.accountId();
        try {
            return transactor.inTransaction(() -> {
                List<Line> lines = check(acting, text);
                List<Line> good = lines.stream().filter(line -> line.outcome().isGood()).toList();
                if (good.isEmpty() || !goodKeys(good).equals(goodKeys(checked))) {
                    throw new BatchChanged(lines);
                }
                List<CatalogEntry> entries = new ArrayList<>();
                for (Line line : good) {
                    CatalogEntry entry = line.entry().orElseThrow();
                    licences.add(accountId, entry.key(), agreement, clock.instant());
                    audit.record(new AuditEntry(clock.instant(), Optional.of(accountId), acting.actor(),
                            AuditAction.LICENCE_ADDED, "key=" + entry.key() + "; product=" + entry.product()
                                    + "; agreement=" + agreement.version() + "; batch=" + good.size()));
                    entries.add(entry);
                }
                outbox.enqueue(licenceMail.registeredMany(entries, companies.supportContactEmail(accountId),
                        accountId));
                return entries;
            });
        } catch (LicenceRepository.KeyAlreadyRegistered raced) {
            throw new BatchChanged(check(acting, text));
        }
    }

    private static List<String> goodKeys(List<Line> lines) {
        return lines.stream().filter(line -> line.outcome().isGood())
                .map(line -> line.entry().orElseThrow().key().value()).toList();
    }

    private static Outcome outcome(KeyProblem problem) {
        return switch (problem) {
            case NOT_IN_CATALOG -> Outcome.UNKNOWN;
            case ALREADY_REGISTERED -> Outcome.ALREADY_REGISTERED;
            case ALREADY_REGISTERED_HERE -> Outcome.ALREADY_REGISTERED_HERE;
            default -> Outcome.WRONG_SHAPE;
        };
    }
}
