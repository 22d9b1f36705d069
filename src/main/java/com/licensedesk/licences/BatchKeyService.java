package com.licensedesk.licences;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.session.Acting;
import com.licensedesk.session.Permission;
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

    private final KeyAvailability keys;
    private final CatalogRepository catalog;
    private final AddKeyService addKey;
    private final ChangePipeline pipeline;

    public BatchKeyService(KeyAvailability keys, CatalogRepository catalog, AddKeyService addKey,
                           ChangePipeline pipeline) {
        this.keys = keys;
        this.catalog = catalog;
        this.addKey = addKey;
        this.pipeline = pipeline;
    }

    /** 確認: every non-blank line of {@code text}, checked for the acting customer. Writes nothing. */
    public List<Line> check(Acting acting, List<String> text) {
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
            KeyAvailability.Outcome checked = check(acting, typed);
            lines.add(new Line(number, typed, checked.problem().map(BatchKeyService::outcome).orElse(Outcome.OK),
                    checked.entry(), 0));
        }
        return lines;
    }

    /**
     * 登録: the good lines' keys, registered to the acting customer in one transaction with one mail and an audit
     * record per key (the command {@link AddKeys}). When the lines are no longer what the clerk saw (another desk took
     * a key meanwhile, or a refused one would pass now), nothing is registered and {@link BatchChanged} carries the
     * lines checked again.
     */
    public List<CatalogEntry> register(Acting acting, List<String> text, List<Line> checked,
                                       AgreementAcceptance agreement) {
        acting.actor().require(Permission.CHANGE_CUSTOMERS);
        List<ProductKey> good = checked.stream().filter(line -> line.outcome().isGood())
                .map(line -> line.entry().orElseThrow().key()).toList();
        if (good.isEmpty()) {
            throw new BatchChanged(check(acting, text));
        }
        try {
            return pipeline.run(acting.actor(), new AddKeys(acting.accountId(), acting.loginId(), good, agreement,
                    true), (command, context) -> {
                        var added = addKey.addKeys(command, context);
                        boolean refusedWouldPass = checked.stream()
                                .filter(line -> !line.outcome().isGood() && line.outcome() != Outcome.TWICE)
                                .anyMatch(line -> check(acting, line.typed()).problem().isEmpty());
                        if (refusedWouldPass) {
                            throw new BatchChanged(List.of());
                        }
                        return added;
                    });
        } catch (KeyRefused | BatchChanged | LicenceRepository.KeyAlreadyRegistered changed) {
            throw new BatchChanged(check(acting, text));
        }
    }

    private KeyAvailability.Outcome check(Acting acting, String typed) {
        return keys.check(typed, Optional.of(acting.accountId()), KeyAvailability.WhenExpired.REFUSED);
    }

    private static Outcome outcome(KeyProblem problem) {
        return switch (problem) {
            case NOT_IN_CATALOG -> Outcome.UNKNOWN;
            case ALREADY_REGISTERED -> Outcome.ALREADY_REGISTERED;
            case ALREADY_REGISTERED_HERE -> Outcome.ALREADY_REGISTERED_HERE;
            case EXPIRED -> Outcome.EXPIRED;
            default -> Outcome.WRONG_SHAPE;
        };
    }
}
