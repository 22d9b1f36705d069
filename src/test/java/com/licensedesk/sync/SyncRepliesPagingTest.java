package com.licensedesk.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.kiosks.KioskService;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.store.Repositories;
import com.licensedesk.testing.GeneratedCustomers;
import com.licensedesk.testing.TestDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A home whose news for a kiosk do not fit one reply: the replies of one write carry the catalogue and the registered
 * keys page by page, each under the payload limit, and the kiosk that reads them has all of it, once.
 */
class SyncRepliesPagingTest {
    private static final Actor ADMIN = Actor.operator("admin_01", Role.ADMIN);
    private static final int CATALOGUE = 40;
    private static final int REGISTERED = 7;
    @RegisterExtension final TestDesk home = TestDesk.withDemoCatalogue().with(o -> o.deskName("honten"));
    @RegisterExtension final TestDesk kiosk = TestDesk.empty().with(o -> o.deskName("kiosk-pc"));
    @TempDir Path folder;
    private final GeneratedCustomers generated = new GeneratedCustomers(5, LocalDate.of(2026, 12, 1));

    @BeforeEach
    void aHomeWithNewsAndAKioskJoined() {
        home.store().catalog.save(IntStream.range(0, CATALOGUE).mapToObj(i -> generated.entry(i, 0)).toList());
        for (int i = 0; i < REGISTERED; i++) {
            home.services().registration.register(generated.customer(i, home.clock().instant()));
        }
        KioskService.Enrolled enrolled = home.services().kiosks.enrol(ADMIN, "shinjuku-1");
        kiosk.services().joinHome.join(Actor.system("cli"), enrolled.file(), enrolled.passphrase());
    }

    @Test
    void smallPagesMakeSeveralRepliesThatTogetherCarryEverything() {
        long homeCatalogue = home.store().catalog.count();
        List<Path> written = replies(9, 2, Integer.MAX_VALUE).write("shinjuku-1", folder);

        assertThat(written).as("the catalogue in pages of 9, the keys in pages of 2")
                .hasSize((int) Math.ceil(homeCatalogue / 9.0));
        assertThat(written).extracting(f -> f.getFileName().toString())
                .startsWith("shinjuku-1-reply-1.ldreply", "shinjuku-1-reply-2.ldreply");
        KioskSync.RepliesRead read = kiosk.services().kioskSync.readReplies(folder);
        assertThat(read.read()).isEqualTo(written.size());
        assertThat(read.catalogueKeys()).as("each key once").isEqualTo(homeCatalogue);
        assertThat(read.keys()).isEqualTo(REGISTERED);
        assertThat(kiosk.store().catalog.count()).isEqualTo(homeCatalogue);
        assertThat(kiosk.store().rows("registered_elsewhere")).isEqualTo(REGISTERED);

        assertThat(replies(9, 2, Integer.MAX_VALUE).write("shinjuku-1", folder))
                .as("nothing new: one reply, for the acks").hasSize(1);
        assertThat(kiosk.services().kioskSync.readReplies(folder).catalogueKeys()).isZero();
    }

    @Test
    void aReplyOverThePayloadLimitIsHalvedUntilItFits() throws IOException {
        long homeCatalogue = home.store().catalog.count();
        int limit = 4_000;
        List<Path> written = replies(1_000, 1_000, limit).write("shinjuku-1", folder);

        assertThat(written).as("everything in one page, but not in one file of " + limit).hasSizeGreaterThan(1);
        for (Path file : written) {
            assertThat(Files.size(file)).as(file.getFileName().toString()).isLessThan(limit + 1_024);
        }
        KioskSync.RepliesRead read = kiosk.services().kioskSync.readReplies(folder);
        assertThat(read.catalogueKeys()).isEqualTo(homeCatalogue);
        assertThat(read.keys()).isEqualTo(REGISTERED);
    }

    @Test
    void keysImportedAfterAReplyComeInTheNextAndOnlyThey() {
        replies(1_000, 1_000, Integer.MAX_VALUE).write("shinjuku-1", folder);
        kiosk.services().kioskSync.readReplies(folder);
        home.clock().advance(Duration.ofMinutes(5));
        List<CatalogEntry> later = IntStream.range(CATALOGUE, CATALOGUE + 3).mapToObj(i -> generated.entry(i, 0))
                .toList();
        home.store().catalog.save(later);

        replies(1_000, 1_000, Integer.MAX_VALUE).write("shinjuku-1", folder);

        assertThat(kiosk.services().kioskSync.readReplies(folder).catalogueKeys()).isEqualTo(3);
        assertThat(kiosk.store().catalog.count()).isEqualTo(home.store().catalog.count());
    }

    private SyncReplies replies(int cataloguePerReply, int keysPerReply, int largestPayload) {
        Repositories store = home.store().repositories;
        return new SyncReplies(store.kiosks(), store.receivedEntries(), store.catalog(), store.licences(),
                home.services().keyring, store.database(), home.clock(), cataloguePerReply, keysPerReply,
                largestPayload);
    }
}
