package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.cli.Cli;
import com.licensedesk.settings.Settings;
import com.icegreen.greenmail.util.GreenMail;
import com.licensedesk.mail.NewMail;
import com.licensedesk.mail.Outbox;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.LoopbackSmtp;
import com.licensedesk.testing.MovableClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two desks sending in the background and {@code outbox send}, all on one database; the desks are closed while each
 * has a mail at its server and {@code outbox send} sends the rest: each of 300 mails reaches a server once, and what
 * the desks held is free at their close.
 */
class SeveralSendersTest {
    private static final int MAILS = 300;
    /**
     * Each desk's server holds its answer to the desk's fifth mail: the desk closes with that attempt in flight. Held
     * for seconds, not the 20 s after which the desk would stop waiting for the answer.
     */
    private static final int HELD_FROM = 5;
    private static final long BOUND_SECONDS = 120;
    @TempDir Path home;
    /** One clock for every sender, never moved: no lease runs out while the test runs, however slowly. */
    private final MovableClock clock = new MovableClock(Fixtures.NOW);
    private final List<LoopbackSmtp> servers = new ArrayList<>();
    private final List<LoopbackSmtp.HeldAnswers> held = new ArrayList<>();
    private final List<LicenseDesk> desks = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        held.forEach(LoopbackSmtp.HeldAnswers::release);
        desks.forEach(LicenseDesk::close);
        servers.forEach(server -> server.server().stop());
    }

    @Test
    void desksClosedWhileSendingLeaveNoMailWaitingAndEachMailArrivesOnce() throws Exception {
        LoopbackSmtp forFirst = server();
        LoopbackSmtp forSecond = server();
        LoopbackSmtp forOutboxSend = server();
        LoopbackSmtp.HeldAnswers firstHeld = hold(forFirst);
        LoopbackSmtp.HeldAnswers secondHeld = hold(forSecond);
        LicenseDesk first = app(forFirst);
        LicenseDesk second = app(forSecond);
        Outbox outbox = new Outbox(first.outboxMail, clock, "example.test");
        first.database.inTransaction(() -> {
            for (int i = 0; i < MAILS; i++) {
                outbox.enqueue(new NewMail("customer" + i + "@example.test", "Mail " + i, "Body " + i, false));
            }
            return MAILS;
        });

        // One after the other: desks starting together may find the first one took the whole batch the second saw.
        first.startMail();
        WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS, firstHeld::holding);
        second.startMail();
        WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS, secondHeld::holding);
        CompletableFuture<Integer> sending = CompletableFuture.supplyAsync(() -> outboxSend(forOutboxSend));
        Thread closingFirst = new Thread(first::close, "closing-first");
        Thread closingSecond = new Thread(second::close, "closing-second");
        closingFirst.start();
        closingSecond.start();
        // The servers answer once the desks are closing: waiting for their attempts, or (wrongly) closed already.
        WaitForAsyncUtils.waitFor(BOUND_SECONDS, TimeUnit.SECONDS,
                () -> waitingOrEnded(closingFirst) && waitingOrEnded(closingSecond));
        firstHeld.release();
        secondHeld.release();
        closingFirst.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
        closingSecond.join(TimeUnit.SECONDS.toMillis(BOUND_SECONDS));
        assertThat(closingFirst.isAlive() || closingSecond.isAlive()).as("both desks closed").isFalse();
        assertThat(sending.get(BOUND_SECONDS, TimeUnit.SECONDS)).as("outbox send alongside the desks").isEqualTo(Cli.OK);

        assertThat(outboxSend(forOutboxSend)).as("outbox send at the instant of the close").isEqualTo(Cli.OK);

        List<String> arrived = servers.stream().flatMap(server -> Arrays.stream(server.server().getReceivedMessages()))
                .map(SeveralSendersTest::messageId).toList();
        assertThat(arrived).as("every mail, no copies").hasSize(MAILS).doesNotHaveDuplicates();
        assertThat(forFirst.server().getReceivedMessages()).as("the first desk sent up to its close")
                .hasSizeGreaterThanOrEqualTo(HELD_FROM);
        assertThat(forSecond.server().getReceivedMessages()).as("the second desk sent up to its close")
                .hasSizeGreaterThanOrEqualTo(HELD_FROM);
        LicenseDesk after = app(forOutboxSend);
        assertThat(after.outboxMail.unsent()).as("none waits past the close").isEmpty();
        assertThat(after.outboxMail.list(Optional.of(OutboxMail.State.SENT), MAILS + 1))
                .as("each recorded as sent").hasSize(MAILS);
    }

    private LoopbackSmtp server() {
        LoopbackSmtp server = LoopbackSmtp.started();
        servers.add(server);
        return server;
    }

    private LoopbackSmtp.HeldAnswers hold(LoopbackSmtp server) {
        LoopbackSmtp.HeldAnswers answers = server.holdAnswersFrom(HELD_FROM);
        held.add(answers);
        return answers;
    }

    /** A desk on the shared data directory, sending to {@code smtp}. */
    private LicenseDesk app(LoopbackSmtp smtp) {
        LicenseDesk app = LicenseDesk.open(config(smtp), clock, Fixtures.CHEAP_HASHER);
        desks.add(app);
        return app;
    }

    private Settings config(LoopbackSmtp smtp) {
        return Settings.of(Map.of("licensedesk.home", home.toString(), "licensedesk.smtp.host", "127.0.0.1",
                "licensedesk.smtp.port", String.valueOf(smtp.port())), Map.of(), home);
    }

    /** {@code license-desk outbox send}, a desk of its own on the same data directory, sending to {@code smtp}. */
    private int outboxSend(LoopbackSmtp smtp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new Cli(InputStream.nullInputStream(), print, print, config(smtp),
                new LicenseDeskInstallation(config(smtp), clock)).run("outbox", "send");
    }

    private static boolean waitingOrEnded(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING
                || state == Thread.State.TERMINATED;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
