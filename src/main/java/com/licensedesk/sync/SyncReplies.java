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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Home's replies to a kiosk, signed by home and sealed for that kiosk alone: what became of its entries, the
 * catalogue's keys imported since its last reply, and the keys registered since (keys only). What does not fit one
 * sealed file goes on in the next replies of the same write, so a kiosk joining a home of millions of keys has them
 * all after one visit. A reply is noted as sent only once its file is written whole, so one that failed to be written
 * is made again, not lost.
 */
public final class SyncReplies {
    /** The catalogue's keys one reply carries at most. */
    static final int CATALOGUE_PER_REPLY = 100_000;
    /** The registered keys one reply carries at most. */
    static final int KEYS_PER_REPLY = 500_000;
    private final KioskRepository kiosks;
    private final ReceivedEntries entries;
    private final CatalogRepository catalogue;
    private final LicenceRepository licences;
    private final PlaceKeyring keyring;
    private final Transactor transactor;
    private final Clock clock;
    private final int cataloguePerReply;
    private final int keysPerReply;
    private final int largestPayload;

    public SyncReplies(KioskRepository kiosks, ReceivedEntries entries, CatalogRepository catalogue,
                       LicenceRepository licences, PlaceKeyring keyring, Transactor transactor, Clock clock) {
        this(kiosks, entries, catalogue, licences, keyring, transactor, clock, CATALOGUE_PER_REPLY, KEYS_PER_REPLY,
                SealedFile.LARGEST_PAYLOAD);
    }

    /** With pages and a payload limit of its own (tests: small ones). */
    SyncReplies(KioskRepository kiosks, ReceivedEntries entries, CatalogRepository catalogue,
                LicenceRepository licences, PlaceKeyring keyring, Transactor transactor, Clock clock,
                int cataloguePerReply, int keysPerReply, int largestPayload) {
        this.kiosks = kiosks;
        this.entries = entries;
        this.catalogue = catalogue;
        this.licences = licences;
        this.keyring = keyring;
        this.transactor = transactor;
        this.clock = clock;
        this.cataloguePerReply = cataloguePerReply;
        this.keysPerReply = keysPerReply;
        this.largestPayload = largestPayload;
    }

    /** Writes the kiosk's next replies into {@code folder}, one or as many as it takes; returns the files in order. */
    public List<Path> write(String kioskName, Path folder) {
        Kiosk kiosk = kiosks.find(kioskName).orElseThrow(() -> new NoSuchKiosk(kioskName));
        List<Path> written = new ArrayList<>();
        Optional<Path> next = writeNext(kiosk, folder, true);
        while (next.isPresent()) {
            written.add(next.get());
            next = writeNext(kiosk, folder, false);
        }
        return written;
    }

    /** The first reply of a write is always made (it carries the acks); a later one only for what is left. */
    private Optional<Path> writeNext(Kiosk kiosk, Path folder, boolean first) {
        Instant madeAt = clock.instant();
        KioskRepository.ReplyMark mark = kiosks.replyMark(kiosk.id());
        List<Reply.Ack> acks = !first ? List.of() : entries.forReply(kiosk.id(), mark.acksFrom()).stream()
                .map(e -> new Reply.Ack(e.entryId(), e.sequence(), e.state(), e.reason())).toList();
        List<CatalogRepository.Imported> news = catalogue.importedAfter(mark.catalogueThrough(), cataloguePerReply);
        List<LicenceRepository.RegisteredKey> keys = licences.keysAfter(mark.keysThrough(), keysPerReply);
        if (!first && news.isEmpty() && keys.isEmpty()) {
            return Optional.empty();
        }
        while (true) {
            Reply reply = new Reply(Reply.FORMAT, keyring.name(), kiosk.name(), mark.replySequence() + 1, madeAt,
                    acks, news.stream().map(CatalogRepository.Imported::entry).toList(),
                    keys.stream().map(LicenceRepository.RegisteredKey::productKey).toList());
            byte[] payload = KioskFiles.write(reply);
            if (payload.length <= largestPayload) {
                return Optional.of(seal(kiosk, folder, reply, payload, mark, news, keys));
            }
            if (news.isEmpty() && keys.isEmpty()) {
                throw new IllegalStateException("the acknowledgements alone are over a reply's " + largestPayload
                        + " bytes");
            }
            // Long product names or addresses of the console make some keys larger than others: halve and try again.
            news = news.subList(0, news.size() / 2);
            keys = keys.subList(0, keys.size() / 2);
        }
    }

    private Path seal(Kiosk kiosk, Path folder, Reply reply, byte[] payload, KioskRepository.ReplyMark mark,
                      List<CatalogRepository.Imported> news, List<LicenceRepository.RegisteredKey> keys) {
        byte[] file = SealedFile.seal(Kind.REPLY, Reply.FORMAT, keyring.name(), payload, keyring.homeKeys(),
                new PublicKeys(kiosk.signingPublic(), kiosk.encryptingPublic()));
        Path written = SyncFolder.writeWhole(folder.resolve(reply.fileName()), file);
        long keysThrough = keys.isEmpty() ? mark.keysThrough() : keys.get(keys.size() - 1).licenceId();
        Optional<CatalogRepository.ImportMark> catalogueThrough = news.isEmpty() ? Optional.empty()
                : Optional.of(news.get(news.size() - 1).mark());
        if (catalogueThrough.isPresent() && catalogueThrough.equals(mark.catalogueThrough())
                || !keys.isEmpty() && keysThrough == mark.keysThrough()) {
            // The next write would carry the same page again, for ever: better to stop here, loudly.
            throw new IllegalStateException("a reply's page did not move on from " + mark);
        }
        transactor.inTransaction(() -> kiosks.noteReply(kiosk.id(), reply.sequence(), reply.madeAt(), keysThrough,
                catalogueThrough));
        return written;
    }
}
