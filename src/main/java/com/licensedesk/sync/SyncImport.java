package com.licensedesk.sync;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.CommandJson;
import com.licensedesk.change.Outcome;
import com.licensedesk.change.Transactor;
import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.kiosks.KioskFiles;
import com.licensedesk.kiosks.KioskRepository;
import com.licensedesk.kiosks.PlaceKeyring;
import com.licensedesk.sealing.Kind;
import com.licensedesk.sealing.Opened;
import com.licensedesk.sealing.PlaceKeys;
import com.licensedesk.sealing.PublicKeys;
import com.licensedesk.sealing.SealRefused;
import com.licensedesk.sealing.SealedFile;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Permission;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * 同期 at home: a kiosk's bundle is opened (signed by an enrolled, active kiosk, for this home, whole, of a format
 * this version reads; else refused whole with the reason and nothing of it applied), each entry new to home is kept,
 * then the kiosk's entries settle in its order, each in its own transaction through the change pipeline.
 */
public final class SyncImport {
    private final KioskRepository kiosks;
    private final ReceivedEntries entries;
    private final PlaceKeyring keyring;
    private final Settling settling;
    private final ChangePipeline pipeline;
    private final Transactor transactor;
    private final Clock clock;

    public SyncImport(KioskRepository kiosks, ReceivedEntries entries, PlaceKeyring keyring, EntryReplay replay,
                      ChangePipeline pipeline, Transactor transactor, Clock clock) {
        this.kiosks = kiosks;
        this.entries = entries;
        this.keyring = keyring;
        this.settling = new Settling(kiosks, entries, replay, transactor);
        this.pipeline = pipeline;
        this.transactor = transactor;
        this.clock = clock;
    }

    /** Reads one bundle by {@code actor} (an admin or a clerk). Slow: replays every entry. */
    public BundleReport importBundle(Actor actor, String fileName, byte[] file) {
        actor.require(Permission.CHANGE_CUSTOMERS);
        Opening opening = open(file);
        if (opening.refused().isPresent()) {
            BundleRefused refused = opening.refused().get();
            pipeline.run(actor, new SyncCommands.RecordBundleRefusal(fileName, refused.kiosk().orElse(""),
                    refused.reason().name() + refused.detail().map(d -> ": " + d).orElse("")),
                    (command, context) -> Outcome.event(null, Optional.empty(), AuditAction.SYNC_BUNDLE_REFUSED,
                            "file=" + command.fileName() + "; kiosk=" + command.kiosk()
                                    + "; reason=" + command.reason()));
            return BundleReport.refused(fileName, refused);
        }
        Kiosk kiosk = opening.kiosk().orElseThrow();
        Bundle bundle = opening.bundle().orElseThrow();
        Instant now = clock.instant();
        transactor.inTransaction(() -> {
            for (Bundle.Entry entry : bundle.entries()) {
                entries.keep(new ReceivedEntries.Arrival(kiosk.id(), entry.sequence(), entry.entryId(),
                        entry.formatVersion(), entry.enteredAt(), KioskFiles.textField(entry.command(), "loginId"),
                        entry.commandType(), entry.command(), entry.mails()), now);
            }
            kiosks.noteReceived(kiosk.id(), now, bundle.entries().isEmpty() ? kiosk.appliedThrough() + 1
                    : bundle.entries().get(0).sequence());
        });
        Settling.Tally tally = settling.settle(kiosks.find(kiosk.id()).orElseThrow());
        pipeline.run(actor, new SyncCommands.RecordBundleImport(fileName, kiosk.name(), bundle.entries().size(),
                tally.applied(), tally.waiting(), tally.held()), (command, context) -> Outcome.event(null,
                Optional.empty(), AuditAction.SYNC_BUNDLE_IMPORTED, "file=" + command.fileName()
                        + "; kiosk=" + command.kiosk() + "; entries=" + command.entries()
                        + "; applied=" + command.applied() + "; waiting=" + command.waiting()
                        + "; held=" + command.held()));
        return new BundleReport(fileName, Optional.of(kiosk.name()), bundle.entries().size(), tally.applied(),
                tally.waiting(), tally.held(), tally.missing(), Optional.empty());
    }

    private record Opening(Optional<Kiosk> kiosk, Optional<Bundle> bundle, Optional<BundleRefused> refused) {
        static Opening refused(BundleRefused.Reason reason, Optional<String> kiosk, Optional<String> detail) {
            return new Opening(Optional.empty(), Optional.empty(), Optional.of(new BundleRefused(reason, kiosk,
                    detail)));
        }
    }

    private Opening open(byte[] file) {
        if (keyring.home().isPresent()) {
            return Opening.refused(BundleRefused.Reason.NOT_HOME, Optional.empty(), Optional.empty());
        }
        Optional<String> sender = Optional.empty();
        try {
            SealedFile.Header header = SealedFile.peek(file);
            sender = Optional.of(header.sender());
            Optional<Kiosk> kiosk = header.kind() == Kind.BUNDLE ? kiosks.find(header.sender()) : Optional.empty();
            if (kiosk.isPresent() && !kiosk.get().active()) {
                Kiosk.Revocation revocation = kiosk.get().revocation().orElseThrow();
                return Opening.refused(BundleRefused.Reason.REVOKED, sender,
                        Optional.of(revocation.reason()));
            }
            PlaceKeys home = keyring.homeKeys();
            Opened opened = SealedFile.open(file, Kind.BUNDLE, Bundle.FORMAT, home, name -> kiosk
                    .filter(k -> k.name().equals(name))
                    .map(k -> new PublicKeys(k.signingPublic(), k.encryptingPublic())));
            Bundle bundle = KioskFiles.read(opened.payload(), Bundle.class);
            if (!bundle.kiosk().equals(opened.sender())
                    || bundle.entries().stream().anyMatch(e -> e.formatVersion() < 1)) {
                return Opening.refused(BundleRefused.Reason.ALTERED, sender, Optional.empty());
            }
            if (bundle.format() > Bundle.FORMAT
                    || bundle.entries().stream().anyMatch(e -> e.formatVersion() > CommandJson.FORMAT_VERSION)) {
                return Opening.refused(BundleRefused.Reason.NEWER_FORMAT, sender, Optional.empty());
            }
            return new Opening(kiosk, Optional.of(bundle), Optional.empty());
        } catch (SealRefused refused) {
            return Opening.refused(reason(refused.reason()), sender, Optional.empty());
        } catch (IOException unreadable) {
            // Signed by the kiosk and yet not a bundle: only a defect could write it; refused, not guessed at.
            return Opening.refused(BundleRefused.Reason.ALTERED, sender, Optional.empty());
        }
    }

    private static BundleRefused.Reason reason(SealRefused.Reason reason) {
        return switch (reason) {
            case NOT_A_SYNC_FILE -> BundleRefused.Reason.NOT_A_BUNDLE;
            case WRONG_KIND -> BundleRefused.Reason.NOT_A_BUNDLE_BUT_ANOTHER_FILE;
            case NEWER_FORMAT -> BundleRefused.Reason.NEWER_FORMAT;
            case UNKNOWN_SENDER -> BundleRefused.Reason.UNKNOWN_KIOSK;
            case TRUNCATED -> BundleRefused.Reason.TRUNCATED;
            case NOT_FOR_US -> BundleRefused.Reason.NOT_FOR_THIS_HOME;
            case ALTERED, WRONG_PASSPHRASE, WRONG_SECRET_KEY -> BundleRefused.Reason.ALTERED;
        };
    }
}
