package com.licensedesk.sync;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.catalog.ProductKey;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.HomeState;
import com.licensedesk.change.Journal;
import com.licensedesk.change.JournalEntry;
import com.licensedesk.change.Outcome;
import com.licensedesk.kiosks.KioskFiles;
import com.licensedesk.kiosks.PlaceIdentity;
import com.licensedesk.kiosks.PlaceIdentityRepository;
import com.licensedesk.kiosks.PlaceKeyring;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.sealing.Kind;
import com.licensedesk.sealing.Opened;
import com.licensedesk.sealing.PlaceKeys;
import com.licensedesk.sealing.PublicKeys;
import com.licensedesk.sealing.SealRefused;
import com.licensedesk.sealing.SealedFile;
import com.licensedesk.session.Actor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk's side of the sync: a bundle of every entry home has not settled, written into the sync folder, and
 * home's replies read from it (what became of each entry, the keys registered anywhere, the catalogue's changes).
 * Entries home has taken or refused for good are then erased of the customer's data the journal held.
 */
public final class KioskSync {
    /** The kiosk acts as the application itself when it writes a bundle or reads a reply. */
    private static final Actor SYNC = Actor.system("sync");
    private final Journal journal;
    private final PlaceIdentityRepository identities;
    private final PlaceKeyring keyring;
    private final LicenceRepository licences;
    private final CatalogRepository catalogue;
    private final ChangePipeline pipeline;
    private final Clock clock;

    public KioskSync(Journal journal, PlaceIdentityRepository identities, PlaceKeyring keyring,
                     LicenceRepository licences, CatalogRepository catalogue, ChangePipeline pipeline, Clock clock) {
        this.journal = journal;
        this.identities = identities;
        this.keyring = keyring;
        this.licences = licences;
        this.catalogue = catalogue;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    /** When the kiosk last sent and last heard from home, and how many of its entries wait for home. */
    public record State(Optional<Instant> lastSent, Optional<Instant> lastHeard, int waiting) {
    }

    /** Empty when this place has not joined a home. */
    public Optional<State> state() {
        return identities.find().filter(PlaceIdentity::isKiosk).map(identity -> new State(identity.lastSentAt(),
                identity.lastHeardAt(), journal.countWaitingForHome(identity.placeName())));
    }

    /**
     * Writes the bundle into {@code folder}; empty when nothing waits for home. The kiosk's earlier bundles there go:
     * what they held is in the new one or settled at home, so the stick does not fill with files nobody needs.
     * Throws {@link NotAKiosk}.
     */
    public Optional<Path> export(Path folder) {
        PlaceIdentity identity = kiosk();
        List<JournalEntry> waiting = journal.waitingForHome(identity.placeName());
        if (waiting.isEmpty()) {
            SyncFolder.delete(ownBundles(folder, identity.placeName()));
            return Optional.empty();
        }
        Instant now = clock.instant();
        Bundle bundle = new Bundle(Bundle.FORMAT, identity.placeName(), now, waiting.stream()
                .map(entry -> new Bundle.Entry(entry.id(), entry.originSequence().orElseThrow(), entry.formatVersion(),
                        entry.recordedAt(), entry.actor().kind().name(), entry.actor().loginId(),
                        entry.commandType(), entry.command(), entry.mails().orElse("[]")))
                .toList());
        PublicKeys home = homeKeys(identity);
        byte[] file = SealedFile.seal(Kind.BUNDLE, Bundle.FORMAT, identity.placeName(), KioskFiles.write(bundle),
                keyring.keys().orElseThrow(), home);
        Path written = SyncFolder.writeWhole(folder.resolve(bundle.fileName()), file);
        identities.noteSent(now);
        SyncFolder.delete(ownBundles(folder, identity.placeName()).stream().filter(f -> !f.equals(written)).toList());
        return Optional.of(written);
    }

    /** What reading the replies in a folder came to. */
    public record RepliesRead(int read, int acks, int keys, int catalogueKeys, List<String> refused) {
    }

    /** Reads every reply for this kiosk in {@code folder} not read before, oldest first; a reply read is removed. */
    public RepliesRead readReplies(Path folder) {
        PlaceIdentity identity = kiosk();
        PlaceKeys keys = keyring.keys().orElseThrow();
        PublicKeys home = homeKeys(identity);
        int read = 0;
        int acks = 0;
        int registered = 0;
        int catalogued = 0;
        List<String> refused = new ArrayList<>();
        for (Path file : replies(folder, identity.placeName())) {
            Reply reply;
            try {
                Opened opened = SealedFile.open(Files.readAllBytes(file), Kind.REPLY, Reply.FORMAT, keys,
                        name -> name.equals(identity.home().orElseThrow().name()) ? Optional.of(home)
                                : Optional.empty());
                reply = KioskFiles.read(opened.payload(), Reply.class);
            } catch (SealRefused | IOException unreadable) {
                refused.add(file.getFileName().toString());
                continue;
            }
            if (!reply.kiosk().equals(identity.placeName())) {
                continue;
            }
            long lastRead = identities.find().orElseThrow().lastReplySequence();
            if (reply.sequence() <= lastRead) {
                SyncFolder.delete(List.of(file));
                continue;
            }
            pipeline.run(SYNC, new SyncCommands.RecordReplyRead(file.getFileName().toString(), reply.sequence(),
                    reply.acks().size(), reply.registeredKeys().size(), reply.catalogue().size()),
                    (command, context) -> {
                        apply(reply, context.now());
                        return Outcome.event(null, Optional.empty(), AuditAction.SYNC_REPLY_READ,
                                "file=" + command.fileName() + "; reply=" + command.replySequence()
                                        + "; acks=" + command.acks() + "; keys=" + command.keys()
                                        + "; catalogue=" + command.catalogueKeys());
                    });
            SyncFolder.delete(List.of(file));
            read++;
            acks += reply.acks().size();
            registered += reply.registeredKeys().size();
            catalogued += reply.catalogue().size();
        }
        return new RepliesRead(read, acks, registered, catalogued, refused);
    }

    private void apply(Reply reply, Instant now) {
        for (Reply.Ack ack : reply.acks()) {
            HomeState state = HomeState.valueOf(ack.state().name());
            journal.acknowledge(ack.entryId(), state, ack.reason());
            if (state == HomeState.APPLIED || state == HomeState.REJECTED) {
                journal.erase(ack.entryId(), now);
            }
        }
        licences.noteRegisteredElsewhere(reply.registeredKeys().stream().map(ProductKey::parse)
                .flatMap(Optional::stream).toList(), now);
        if (!reply.catalogue().isEmpty()) {
            catalogue.upsert(reply.catalogue());
        }
        identities.noteHeard(now, reply.sequence());
    }

    private static List<Path> replies(Path folder, String kiosk) {
        String prefix = kiosk + "-reply-";
        return SyncFolder.filesEndingIn(folder, ".ldreply").stream()
                .filter(f -> f.getFileName().toString().startsWith(prefix))
                .sorted(Comparator.comparingLong(f -> number(f.getFileName().toString(), prefix)))
                .toList();
    }

    /** This kiosk's bundles, {@code <kiosk>-<first>-<last>.ldsync}: not another kiosk's whose name starts alike. */
    private static List<Path> ownBundles(Path folder, String kiosk) {
        String prefix = kiosk + "-";
        return SyncFolder.filesEndingIn(folder, ".ldsync").stream()
                .filter(f -> f.getFileName().toString().startsWith(prefix)
                        && f.getFileName().toString().substring(prefix.length()).matches("[0-9]+-[0-9]+\\.ldsync"))
                .toList();
    }

    private static long number(String name, String prefix) {
        try {
            return Long.parseLong(name.substring(prefix.length(), name.length() - ".ldreply".length()));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private PlaceIdentity kiosk() {
        return identities.find().filter(PlaceIdentity::isKiosk).orElseThrow(NotAKiosk::new);
    }

    private static PublicKeys homeKeys(PlaceIdentity identity) {
        PlaceIdentity.Home home = identity.home().orElseThrow();
        return new PublicKeys(home.signingPublic(), home.encryptingPublic());
    }

    /** This place has not joined a home: it has nothing to send and hears from no one. */
    public static final class NotAKiosk extends RuntimeException {
        public NotAKiosk() {
            super("this place has not joined a home", null, false, false);
        }
    }
}
