package com.licensedesk.kiosks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.audit.AuditQuery;
import com.licensedesk.domain.InvalidInput;
import com.licensedesk.sealing.SealRefused;
import com.licensedesk.session.Actor;
import com.licensedesk.session.NotPermitted;
import com.licensedesk.session.Role;
import com.licensedesk.store.JooqKiosks;
import com.licensedesk.store.JooqPlaceIdentity;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin enrols a kiosk at home; the kiosk joins with the file and its passphrase; a revoked kiosk stays known. */
class KioskEnrolmentTest {
    private static final Actor ADMIN = Actor.operator("admin_01", Role.ADMIN);
    @TempDir Path homeFolder;
    @TempDir Path kioskFolder;
    private TestStore home;
    private TestStore kiosk;
    private KioskService kiosks;
    private JoinService join;
    private PlaceKeyring kioskKeyring;

    @BeforeEach
    void open() {
        home = new TestStore(homeFolder);
        kiosk = new TestStore(kioskFolder);
        byte[] homeSecret = new byte[32];
        byte[] kioskSecret = new byte[32];
        new SecureRandom().nextBytes(homeSecret);
        new SecureRandom().nextBytes(kioskSecret);
        kiosks = new KioskService(TestDesk.servicesOn(home, Fixtures.CLOCK).pipeline, new JooqKiosks(home.database),
                new PlaceKeyring(new JooqPlaceIdentity(home.database), home.database, homeSecret, Fixtures.CLOCK,
                        "honten"));
        JooqPlaceIdentity kioskIdentity = new JooqPlaceIdentity(kiosk.database);
        kioskKeyring = new PlaceKeyring(kioskIdentity, kiosk.database, kioskSecret, Fixtures.CLOCK, "kiosk-desk");
        join = new JoinService(TestDesk.servicesOn(kiosk, Fixtures.CLOCK).pipeline, kioskIdentity, kioskKeyring);
    }

    @AfterEach
    void close() {
        home.close();
        kiosk.close();
    }

    @Test
    void theEnrolmentFileOpensOnlyWithItsPassphraseAndJoinsTheKioskToItsHome() {
        KioskService.Enrolled enrolled = kiosks.enrol(ADMIN, "ｓｈｉｎｊｕｋｕ-1");

        assertThat(enrolled.kiosk().name()).isEqualTo("shinjuku-1");
        assertThat(enrolled.fileName()).isEqualTo("shinjuku-1.ldenrol");
        assertThat(actions()).contains(AuditAction.KIOSK_ENROLLED);
        String wrong = enrolled.passphrase().equals("2222-2222-2222-2222-2222-2222")
                ? "3333-3333-3333-3333-3333-3333" : "2222-2222-2222-2222-2222-2222";
        assertThatThrownBy(() -> join.join(Actor.system("cli"), enrolled.file(), wrong))
                .isInstanceOfSatisfying(SealRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(SealRefused.Reason.WRONG_PASSPHRASE));
        assertThat(kioskKeyring.identity()).isEmpty();

        JoinService.Joined joined = join.join(Actor.system("cli"), enrolled.file(),
                enrolled.passphrase().toLowerCase());

        assertThat(joined).isEqualTo(new JoinService.Joined("shinjuku-1", "honten"));
        PlaceIdentity identity = kioskKeyring.identity().orElseThrow();
        assertThat(identity.home().orElseThrow().name()).isEqualTo("honten");
        assertThat(identity.signingPublic()).isEqualTo(enrolled.kiosk().signingPublic());
        assertThat(identity.signingPrivate()).doesNotContain("privateKey").doesNotContain("value");
        assertThat(kioskKeyring.keys()).isPresent();
        assertThatThrownBy(() -> join.join(Actor.system("cli"), enrolled.file(), enrolled.passphrase()))
                .isInstanceOf(JoinService.AlreadyJoined.class);
    }

    @Test
    void aNameIsCheckedAndUsedOnce() {
        assertThatThrownBy(() -> kiosks.enrol(ADMIN, "新宿 1")).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.problems()).singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("kioskName")));
        kiosks.enrol(ADMIN, "shinjuku-1");
        assertThatThrownBy(() -> kiosks.enrol(ADMIN, "shinjuku-1")).isInstanceOf(KioskRepository.NameTaken.class);
        assertThatThrownBy(() -> kiosks.enrol(Actor.operator("clerk_01", Role.CLERK), "shibuya-1"))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void aRevokedKioskKeepsItsNameAndTheReason() {
        kiosks.enrol(ADMIN, "shinjuku-1");
        assertThatThrownBy(() -> kiosks.revoke(ADMIN, "shinjuku-1", " ")).isInstanceOf(InvalidInput.class);

        assertThat(kiosks.revoke(ADMIN, "shinjuku-1", "盗難のため")).isTrue();
        assertThat(kiosks.revoke(ADMIN, "shinjuku-1", "again")).isFalse();

        Kiosk revoked = kiosks.find("shinjuku-1").orElseThrow();
        assertThat(revoked.active()).isFalse();
        assertThat(revoked.revocation().orElseThrow().reason()).isEqualTo("盗難のため");
        assertThat(actions()).contains(AuditAction.KIOSK_REVOKED);
    }

    private java.util.List<AuditAction> actions() {
        return home.audit.search(AuditQuery.everything(), 100).stream().map(r -> r.entry().action()).toList();
    }
}
