package com.licensedesk.licences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.catalog.KeyProblem;
import com.licensedesk.registration.RegistrationRefused;
import com.licensedesk.store.TestStore;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At a kiosk, a key home's reply says is registered is refused as a key registered here is. */
class KeyRegisteredElsewhereTest {
    @TempDir Path folder;
    private TestStore store;

    @BeforeEach
    void open() {
        store = new TestStore(folder).withDemoCatalogue();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aKeyRegisteredElsewhereIsRefusedWithTheManualsMessage() {
        store.licences.noteRegisteredElsewhere(List.of(Fixtures.key(DemoCatalog.REGISTRATION_KEY)), Fixtures.NOW);
        store.licences.noteRegisteredElsewhere(List.of(Fixtures.key(DemoCatalog.REGISTRATION_KEY),
                Fixtures.key(DemoCatalog.TRIAL_CODE)), Fixtures.NOW.plusSeconds(60));
        KeyAvailability keys = TestDesk.servicesOn(store, Fixtures.CLOCK).keyAvailability;

        KeyAvailability.Outcome checked = keys.check(DemoCatalog.REGISTRATION_KEY, Optional.empty(),
                KeyAvailability.WhenExpired.ALLOWED);
        assertThat(checked.problem()).contains(KeyProblem.ALREADY_REGISTERED);
        assertThat(checked.entry()).as("the product still shown").isPresent();
        assertThat(Fixtures.JAPANESE.get(checked.problem().orElseThrow().messageKey()))
                .isEqualTo("この製品キーはすでに別のアカウントで登録されています。");
        assertThat(keys.check(DemoCatalog.ACTIVATION_CODE, Optional.empty(), KeyAvailability.WhenExpired.ALLOWED)
                .problem()).isEmpty();
        assertThatThrownBy(() -> TestDesk.servicesOn(store, Fixtures.CLOCK).registration.register(
                Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01")))
                .isInstanceOfSatisfying(RegistrationRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(RegistrationRefused.Reason.KEY_ALREADY_REGISTERED));
        assertThat(store.rows("account")).isZero();
    }
}
