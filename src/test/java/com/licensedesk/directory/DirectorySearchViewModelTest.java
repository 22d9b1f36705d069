package com.licensedesk.directory;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.licensedesk.session.Role;
import com.licensedesk.session.Session;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.HeldTasks;
import com.licensedesk.ui.Banner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * 顧客一覧 as the clerk types, without a toolkit: one search once the typing pauses, and a newer search stopping the
 * one still running, whose end (its answer or its failure) shows nothing.
 */
class DirectorySearchViewModelTest {
    private final HeldTasks held = new HeldTasks();
    private final TypedDirectory typed = new TypedDirectory();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(DirectoryViewModel.class);
    private DirectoryViewModel directory;

    @BeforeEach
    void open() {
        Session session = new Session();
        session.signInStaff(new StaffMember(1, "desk.clerk", "鈴木 一郎", Role.CLERK));
        directory = new DirectoryViewModel(typed, session, held, new AnsweringDialogs(), Fixtures.JAPANESE,
                Fixtures.CLOCK, 30, row -> { }, () -> { });
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void close() {
        logger.detachAppender(log);
    }

    private List<String> listed() {
        return directory.rows().stream().map(DirectoryViewModel.Row::loginId).toList();
    }

    private List<ILoggingEvent> errorsLogged() {
        return log.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    }

    @Test
    void aBurstOfTypingMakesOneSearchOnceTheTypingPauses() {
        directory.query().set("s");
        directory.query().set("sa");
        directory.query().set("sam");
        directory.query().set("samp");
        assertThat(held.waiting()).as("no search while the keys come").isZero();

        held.release();
        assertThat(held.waiting()).as("the pause after the last key").isEqualTo(1);
        held.release();
        assertThat(typed.searched).containsExactly("samp");
        assertThat(listed()).containsExactly("samp");
    }

    @Test
    void theCustomerOpenedLastIsRememberedOnceForTheListComingBack() {
        assertThat(directory.takeLastOpened()).isEmpty();
        directory.query().set("samp");
        held.release();
        held.release();
        DirectoryViewModel.Row row = directory.rows().get(0);
        directory.open(row);
        assertThat(directory.takeLastOpened()).hasValue(row.accountId());
        assertThat(directory.takeLastOpened()).as("the next list starts at its first row").isEmpty();

        directory.open(row);
        directory.clear();
        assertThat(directory.takeLastOpened()).as("not the next operator's").isEmpty();
    }

    @Test
    void showingTheScreenSearchesAtOnce() {
        directory.shown();
        assertThat(held.waiting()).isEqualTo(1);
        held.release();
        assertThat(typed.searched).containsExactly("");
    }

    @Test
    void aSearchStartedWhileAnEarlierOneRunsStopsItAndOnlyTheNewerAnswerIsShown() {
        // While the search for "sa" runs, the clerk types on and pauses: the newer search starts.
        typed.whileSearching.put("sa", () -> {
            directory.query().set("sam");
            held.release();
        });
        directory.query().set("sa");
        held.release();
        held.release();

        assertThat(typed.stopped).containsExactly("sa");
        assertThat(listed()).as("the stopped search shows nothing").isEmpty();
        held.release();
        assertThat(typed.searched).containsExactly("sa", "sam");
        assertThat(listed()).containsExactly("sam");
        assertThat(directory.banner().kind()).isEqualTo(Banner.Kind.NONE);
    }

    @Test
    void aStoppedSearchThatFailsShowsNoBannerAndLogsNoError() {
        typed.whileSearching.put("sa", () -> {
            directory.query().set("sam");
            held.release();
        });
        // An interrupted statement's own failure, as a driver may say it rather than as a cancellation.
        typed.whenStopped = () -> new IllegalStateException("[SQLITE_INTERRUPT] Operation terminated");
        directory.query().set("sa");
        held.release();
        held.release();
        held.release();

        assertThat(typed.stopped).containsExactly("sa");
        assertThat(directory.banner().kind()).isEqualTo(Banner.Kind.NONE);
        assertThat(errorsLogged()).isEmpty();
        assertThat(listed()).containsExactly("sam");

        typed.failing = true;
        directory.query().set("samp");
        held.release();
        held.release();
        assertThat(directory.banner().kind()).as("the search waited for still says it failed")
                .isEqualTo(Banner.Kind.ERROR);
        assertThat(errorsLogged()).hasSize(1);
    }

    @Test
    void clearingTheListStopsTheSearchesSoNothingFillsItAgain() {
        directory.query().set("sa");
        held.release();
        directory.clear();
        held.release();
        held.release();
        assertThat(listed()).isEmpty();
        assertThat(typed.searched).as("the search held was stopped before its statement").containsExactly("sa");
        assertThat(typed.stopped).containsExactly("sa");
    }

    /** Answers each search with one customer whose login ID is what was typed; a stopped search ends as the store's. */
    private static final class TypedDirectory implements Directory {
        final List<String> searched = new ArrayList<>();
        final List<String> stopped = new ArrayList<>();
        final Map<String, Runnable> whileSearching = new HashMap<>();
        Supplier<RuntimeException> whenStopped = () -> new CancellationException("Stopped while it ran");
        boolean failing;

        @Override
        public List<CustomerSummary> search(List<String> foldedTerms, int limit, LocalDate today,
                                            Cancellation cancellation) {
            String terms = String.join(" ", foldedTerms);
            searched.add(terms);
            List<Boolean> stop = new ArrayList<>();
            cancellation.whenCancelled(() -> {
                stopped.add(terms);
                stop.add(true);
            });
            whileSearching.getOrDefault(terms, () -> { }).run();
            if (!stop.isEmpty()) {
                throw whenStopped.get();
            }
            if (failing) {
                throw new IllegalStateException("The database failed");
            }
            return List.of(new CustomerSummary(searched.size(), "会社", "カイシャ", terms, "担当", "03-0000",
                    0, Optional.empty()));
        }

        @Override
        public Optional<CustomerSummary> find(long accountId, LocalDate today) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CustomerSummary> sameCompany(String foldedName, String postalCode, String phoneDigits,
                                                 Optional<String> mailDomain, LocalDate today) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CustomerSummary> all(LocalDate today) {
            throw new UnsupportedOperationException();
        }
    }
}
