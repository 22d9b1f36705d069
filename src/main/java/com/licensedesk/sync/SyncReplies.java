package com.licensedesk.sync;

import com.licensedesk.catalog.CatalogRepository;
import com.licensedesk.change.Transactor;
import com.licensedesk.kiosks.Kiosk;
import com.licensedesk.kiosks.KioskFiles;
import com.licensedesk.kiosks.KioskRepository;
import com.licensedesk.kiosks.NoSuchKiosk;
import com.licensedesk.kiosks.PlaceKeyring;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.sealing.Kind;
import com.licensedesk.sealing.PublicKeys;
import com.licensedesk.sealing.SealedFile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Home's replies to a kiosk, signed by home and sealed for that kiosk alone: what became of its entries, the
 * catalogue's keys imported since its last reply, and the keys registered since (keys only). A reply is noted as
 * sent only once its file is written whole, so one that failed to be written is made again, not lost.
 */
public final class SyncReplies {
    /** The keys one reply carries at most; the next reply carries the rest. */
    static final int KEYS_PER_REPLY = 500_000;
    private final KioskRepository kiosks;
    private final ReceivedEntries entries;
    private final CatalogRepository catalogue;
    private final LicenceRepository licences;
    private final PlaceKeyring keyring;
    private final Transactor transactor;
    private final Clock clock;

    public SyncReplies(KioskRepository kiosks, ReceivedEntries entries, CatalogRepository catalogue,
                       LicenceRepository licences, PlaceKeyring keyring, Transactor transactor, Clock clock) {
        this.kiosks = kiosks;
        this.entries = entries;
        this.catalogue = catalogue;
        this.licences = licences;
        this.keyring = keyring;
        this.transactor = transactor;
        this.clock = clock;
    }

    /** Writes the kiosk's next reply into {@code folder}; returns the file. */
    public Path write(String kioskName, Path folder) {
        Kiosk kiosk = kiosks.find(kioskName).orElseThrow(() -> new NoSuchKiosk(kioskName));
        Instant madeAt = clock.instant();
        KioskRepository.ReplyMark mark = kiosks.replyMark(kiosk.id());
        List<Reply.Ack> acks = entries.forReply(kiosk.id(), mark.acksFrom()).stream()
                .map(e -> new Reply.Ack(e.entryId(), e.sequence(), e.state(), e.reason())).toList();
        List<LicenceRepository.RegisteredKey> keys = licences.keysAfter(mark.keysThrough(), KEYS_PER_REPLY);
        long keysThrough = keys.isEmpty() ? mark.keysThrough() : keys.get(keys.size() - 1).licenceId();
        Reply reply = new Reply(Reply.FORMAT, keyring.name(), kiosk.name(), mark.replySequence() + 1, madeAt, acks,
                catalogue.importedSince(mark.lastReplyAt()),
                keys.stream().map(LicenceRepository.RegisteredKey::productKey).toList());
        byte[] file = SealedFile.seal(Kind.REPLY, Reply.FORMAT, keyring.name(), KioskFiles.write(reply),
                keyring.homeKeys(), new PublicKeys(kiosk.signingPublic(), kiosk.encryptingPublic()));
        Path written = SyncFolder.writeWhole(folder.resolve(reply.fileName()), file);
        transactor.inTransaction(() -> kiosks.noteReply(kiosk.id(), reply.sequence(), madeAt, keysThrough));
        return written;
    }
}
