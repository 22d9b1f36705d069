package com.licensedesk.testing;

import com.licensedesk.app.Services;
import com.licensedesk.auth.EvenAnswer;
import com.licensedesk.auth.PasswordHasher;
import com.licensedesk.auth.SecretBox;
import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.licences.LicenceRepository;
import com.licensedesk.mail.MailTransport;
import com.licensedesk.registration.RegistrationRequest;
import com.licensedesk.settings.Setting;
import com.licensedesk.settings.Settings;
import com.licensedesk.store.Repositories;
import com.licensedesk.store.TestStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The common set-up of a store or service test: a migrated {@link TestStore} in a folder of its own (on the test
 * run's PostgreSQL in that run), a {@link MovableClock} at {@link Fixtures#NOW}, and the services as the application
 * wires them ({@link Services}), on that clock, with a cheap hash, no waits and no mail server. A test class declares
 * it once, and each test gets a new one:
 *
 * <pre>{@code @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue();}</pre>
 *
 * <p>A test that needs another collaborator says so with {@link Options}: for the whole class with {@link #with}, or
 * for one set of services over the same store with {@link #servicesWith}. Outside JUnit's lifecycle {@link #open}
 * opens it on a folder, and {@link #close} closes it.
 */
public final class TestDesk implements BeforeEachCallback, AfterEachCallback, AutoCloseable {
    private final boolean demoCatalogue;
    private final Options defaults = new Options();
    private final MovableClock clock;
    private final List<TestDesk> others = new ArrayList<>();
    private Path folder;
    private TestStore store;
    private Services services;

    private TestDesk(boolean demoCatalogue, MovableClock clock) {
        this.demoCatalogue = demoCatalogue;
        this.clock = clock;
    }

    /** A store with no catalogue. */
    public static TestDesk empty() {
        return new TestDesk(false, new MovableClock(Fixtures.NOW));
    }

    /** A store with the demo catalogue ({@link DemoCatalog}). */
    public static TestDesk withDemoCatalogue() {
        return new TestDesk(true, new MovableClock(Fixtures.NOW));
    }

    /** The options of every set of services this desk wires, before it opens. */
    public TestDesk with(Consumer<Options> options) {
        options.accept(defaults);
        return this;
    }

    /** Opens the store in {@code folder} and wires the services; {@link #close} closes it, and the folder stays. */
    public TestDesk open(Path folder) {
        connect(folder);
        if (demoCatalogue) {
            store.withDemoCatalogue();
        }
        return this;
    }

    private void connect(Path folder) {
        this.folder = folder;
        this.store = new TestStore(folder, clock);
        this.services = wire(store, folder, clock, defaults);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        open(Files.createTempDirectory("license-desk-test"));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
        if (folder != null) {
            delete(folder);
        }
    }

    public TestStore store() {
        return opened(store);
    }

    public Services services() {
        return opened(services);
    }

    /** The clock of the store and the services: a test moves it. */
    public MovableClock clock() {
        return clock;
    }

    /** The store's folder, for the files a test writes beside it. */
    public Path folder() {
        return opened(folder);
    }

    /** Tanaka_01 of {@link Fixtures#registration} (password {@code Sakura7Desk}), with the demo activation code. */
    public long registeredCustomer() {
        return register(Fixtures.registration(DemoCatalog.ACTIVATION_CODE, "Tanaka_01"));
    }

    /** Registers {@code request} as the customer would; returns the account's ID. */
    public long register(RegistrationRequest request) {
        return services().registration.register(request).accountId();
    }

    /** Closes the store and opens it again on the same folder, as the desk's next start would; new services too. */
    public TestDesk reopen() {
        store().close();
        connect(folder);
        return this;
    }

    /** Services over the same store with the options changed from this desk's by {@code options}. */
    public Services servicesWith(Consumer<Options> options) {
        Options changed = defaults.copy();
        options.accept(changed);
        return wire(store(), folder, clock, changed);
    }

    /**
     * Another desk on the same database, as another process would be: its own connections, its own services, this
     * desk's clock and options. It closes with this desk.
     */
    public TestDesk anotherDesk() {
        TestDesk other = new TestDesk(false, clock);
        other.defaults.set(defaults);
        other.connect(folder());
        others.add(other);
        return other;
    }

    /**
     * The services as the application wires them, over a store a test opened itself; {@code home} is the data folder
     * of their settings.
     */
    public static Services services(TestStore store, Path home, Clock clock, Consumer<Options> options) {
        Options given = new Options();
        options.accept(given);
        return wire(store, home, clock, given);
    }

    /**
     * The application's services over a store a test opened itself (the command line's tests, a second desk on the
     * same file), with the defaults; the settings' folder is a new temporary one.
     */
    public static Services servicesOn(TestStore store, Clock clock) {
        return servicesOn(store, clock, options -> { });
    }

    /** The same, with a test's own collaborators. */
    public static Services servicesOn(TestStore store, Clock clock, Consumer<Options> options) {
        Options given = new Options();
        options.accept(given);
        try {
            return wire(store, Files.createTempDirectory("license-desk-services"), clock, given);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Services wire(TestStore store, Path home, Clock clock, Options options) {
        Repositories repositories = Repositories.on(store.database, clock, options.deskName, options.secrets);
        if (options.licences != null) {
            repositories = new Repositories(repositories.database(), repositories.catalog(), repositories.accounts(),
                    repositories.companies(), options.licences, repositories.outbox(), repositories.audit(),
                    repositories.journal(), repositories.signInAttempts(), repositories.twoFactor(),
                    repositories.operators(), repositories.resetCodes(), repositories.directory(),
                    repositories.expiryBoard(), repositories.reminders(), repositories.place(),
                    repositories.kiosks(), repositories.placeIdentity(), repositories.receivedEntries());
        }
        // Nothing from the machine's environment: the defaults, and mail from the tests' domain.
        Settings settings = Settings.of(Map.of(), Map.of(), home).with(Setting.DESK_NAME, options.deskName)
                .with(Setting.MAIL_FROM, "License Desk <no-reply@example.test>");
        for (Map.Entry<Setting, String> setting : options.settings.entrySet()) {
            settings = settings.with(setting.getKey(), setting.getValue());
        }
        // The application's parts from these settings (an SMTP server only where a test sets one up), but for the
        // waits, which a test never sleeps, and what the options change.
        Services.Parts application = Services.Parts.of(settings, Fixtures.JAPANESE, clock, options.hasher,
                options.secrets);
        return Services.wire(repositories, new Services.Parts(settings, application.deskName(), Fixtures.JAPANESE,
                clock, options.hasher, options.secrets, options.transport.or(application::transport), options.pause,
                options.resetAnswer, options.mailWritten));
    }

    private <T> T opened(T value) {
        if (value == null) {
            throw new IllegalStateException("The test desk is not open: register it with @RegisterExtension");
        }
        return value;
    }

    @Override
    public void close() {
        others.forEach(TestDesk::close);
        others.clear();
        if (store != null) {
            store.close();
            store = null;
            services = null;
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a test may change in the services: each starts as the tests want it, and each setter returns the options
     * for the next one.
     */
    public static final class Options {
        private PasswordHasher hasher = Fixtures.CHEAP_HASHER;
        private String deskName = TestStore.DESK;
        private Optional<MailTransport> transport = Optional.empty();
        private Consumer<Duration> pause = pause -> { };
        private EvenAnswer resetAnswer = EvenAnswer.immediate();
        private Runnable mailWritten = () -> { };
        private LicenceRepository licences;
        private SecretBox secrets = Fixtures.SECRETS;
        private final Map<Setting, String> settings = new EnumMap<>(Setting.class);

        /** How passwords are hashed: {@link Fixtures#CHEAP_HASHER} unless a test needs another. */
        public Options hasher(PasswordHasher hasher) {
            this.hasher = hasher;
            return this;
        }

        /** The desk's name: {@code desk-1} unless a test needs another. */
        public Options deskName(String deskName) {
            this.deskName = deskName;
            return this;
        }

        /** Where the mail sender delivers: nowhere unless a test gives a transport or sets up an SMTP server. */
        public Options transport(MailTransport transport) {
            this.transport = Optional.of(transport);
            return this;
        }

        /** Told of each pause the desk throttle asks for; nothing waits. */
        public Options pause(Consumer<Duration> pause) {
            this.pause = pause;
            return this;
        }

        /** The password reset's even answer: {@link EvenAnswer#immediate} unless a test looks at its waits. */
        public Options resetAnswer(EvenAnswer resetAnswer) {
            this.resetAnswer = resetAnswer;
            return this;
        }

        /** Told once a change that wrote mail has committed. */
        public Options mailWritten(Runnable mailWritten) {
            this.mailWritten = mailWritten;
            return this;
        }

        /** One setting as the desk's configuration would give it (the defaults otherwise). */
        public Options setting(Setting setting, String value) {
            settings.put(setting, value);
            return this;
        }

        /** The desk's secret key: {@link Fixtures#SECRETS} unless the desk is a place of its own (a kiosk). */
        public Options secrets(SecretBox secrets) {
            this.secrets = secrets;
            return this;
        }

        /** In place of the store's licences (one that fails, or pauses). */
        public Options licences(LicenceRepository licences) {
            this.licences = licences;
            return this;
        }

        private Options copy() {
            Options copy = new Options();
            copy.set(this);
            return copy;
        }

        private void set(Options from) {
            hasher = from.hasher;
            deskName = from.deskName;
            transport = from.transport;
            pause = from.pause;
            resetAnswer = from.resetAnswer;
            mailWritten = from.mailWritten;
            licences = from.licences;
            secrets = from.secrets;
            settings.putAll(from.settings);
        }
    }
}
