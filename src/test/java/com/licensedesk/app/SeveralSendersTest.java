package com.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.settings.Settings;
import com.icegreen.greenmail.util.GreenMail;
import com.licensedesk.mail.NewMail;
import com.licensedesk.mail.Outbox;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.LoopbackSmtp;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks in this process and two {@code outbox send} processes of their own, all on one database and all sending
 * at once: each of 300 mails reaches the server once.
 */
class SeveralSendersTest {
    private static final int MAILS = 300;
    @TempDir Path home;
    private GreenMail server;
    private int port;

    @BeforeEach
    void startServer() {
        LoopbackSmtp loopback = LoopbackSmtp.onFreePort();
        server = loopback.server();
        port = loopback.port();
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void twoDesksAndTwoOutboxSendProcessesDeliverEachMailOnce() throws Exception {
        Files.writeString(home.resolve(Settings.PROPERTIES_FILE),
                "licensedesk.smtp.host=127.0.0.1\nlicensedesk.smtp.port=" + port + "\n");
        Settings config = Settings.of(Map.of("licensedesk.home", home.toString()), Map.of(), home);
        try (LicenseDesk first = LicenseDesk.open(config, Clock.systemUTC(), Fixtures.CHEAP_HASHER);
             LicenseDesk second = LicenseDesk.open(config, Clock.systemUTC(), Fixtures.CHEAP_HASHER)) {
            Outbox outbox = new Outbox(first.outboxMail, Clock.systemUTC(), "example.test");
            for (int i = 0; i < MAILS; i++) {
                outbox.enqueue(new NewMail("customer" + i + "@example.test", "Mail " + i, "Body " + i, false));
            }

            List<Process> processes = List.of(outboxSend(), outboxSend());
            List<Thread> desks = new ArrayList<>();
            for (LicenseDesk desk : List.of(first, second)) {
                Thread thread = new Thread(desk.mailSender::sendDue);
                thread.start();
                desks.add(thread);
            }
            for (Thread desk : desks) {
                desk.join(120_000);
            }
            for (Process process : processes) {
                assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("outbox send ends").isTrue();
                assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
            }

            assertThat(server.waitForIncomingEmail(10_000, MAILS)).isTrue();
            MimeMessage[] received = server.getReceivedMessages();
            assertThat(received).as("no copies").hasSize(MAILS);
            assertThat(Arrays.stream(received).map(SeveralSendersTest::messageId).distinct()).hasSize(MAILS);
            assertThat(first.outboxMail.list(Optional.of(OutboxMail.State.SENT), MAILS + 1)).hasSize(MAILS);
        }
    }

    /** {@code license-desk outbox send} in a JVM of its own, on the same data directory. */
    private Process outboxSend() throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Dlicensedesk.home=" + home,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "outbox", "send");
        builder.redirectErrorStream(true);
        return builder.start();
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
