package com.licensedesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.licensedesk.testing.Fixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A loopback SMTP server of the test's own that misbehaves as real ones do; each attempt ends within its deadline,
 * and only a 5xx answer is a permanent failure.
 */
class MisbehavingSmtpTest {
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private Server server;

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aServerThatNeverGreetsCostsOneDeadline() throws Exception {
        server = new Server(Behaviour.SILENT);
        assertTemporaryWithinTheDeadline(attempt(), "within 2 s");
    }

    @Test
    void aServerThatGreetsAByteAtATimeCostsOneDeadline() throws Exception {
        server = new Server(Behaviour.TRICKLE);
        assertTemporaryWithinTheDeadline(attempt(), "within 2 s");
    }

    @Test
    void aServerThatTakesTheDataAndNeverAnswersCostsOneDeadline() throws Exception {
        server = new Server(Behaviour.NO_ANSWER_TO_DATA);
        assertTemporaryWithinTheDeadline(attempt(), "within 2 s");
    }

    @Test
    void aBusyServerIsATemporaryFailure() throws Exception {
        server = new Server(Behaviour.BUSY_421);
        assertTemporaryWithinTheDeadline(attempt(), "421");
    }

    @Test
    void anUnknownMailboxIsAPermanentFailureWithTheServersAnswer() throws Exception {
        server = new Server(Behaviour.NO_SUCH_USER_550);
        Attempt attempt = attempt();
        assertThat(attempt.failure().permanent()).isTrue();
        assertThat(attempt.failure().getMessage()).contains("550");
    }

    private void assertTemporaryWithinTheDeadline(Attempt attempt, String reason) {
        assertThat(attempt.failure()).as("the attempt fails").isNotNull();
        assertThat(attempt.failure().permanent()).isFalse();
        assertThat(attempt.failure().getMessage()).contains(reason);
        assertThat(attempt.took()).isLessThan(DEADLINE.plusSeconds(2));
    }

    private Attempt attempt() {
        SmtpTransport transport = new SmtpTransport(new SmtpSettings("127.0.0.1", server.port(), Optional.empty(),
                Optional.empty(), false, false, "License Desk <no-reply@example.test>"), DEADLINE);
        OutboxMail mail = new OutboxMail(1, "<1@example.test>", "tanaka@example.co.jp", "件名", "本文", Fixtures.NOW,
                0, Fixtures.NOW, Optional.empty(), Optional.empty(), OutboxMail.State.WAITING, false);
        long start = System.nanoTime();
        MailTransport.DeliveryFailed failure = catchThrowableOfType(() -> transport.send(mail),
                MailTransport.DeliveryFailed.class);
        return new Attempt(failure, Duration.ofNanos(System.nanoTime() - start));
    }

    private record Attempt(MailTransport.DeliveryFailed failure, Duration took) {
    }

    private enum Behaviour { SILENT, TRICKLE, NO_ANSWER_TO_DATA, BUSY_421, NO_SUCH_USER_550 }

    /** Serves one behaviour to every connection until closed. */
    private static final class Server implements AutoCloseable {
        private final ServerSocket socket;
        private final Behaviour behaviour;

        Server(Behaviour behaviour) throws IOException {
            this.behaviour = behaviour;
            this.socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
            Thread thread = new Thread(this::serve, "misbehaving-smtp");
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    converse(client);
                } catch (IOException | InterruptedException closed) {
                    return;
                }
            }
        }

        private void converse(Socket client) throws IOException, InterruptedException {
            OutputStream out = client.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.US_ASCII));
            switch (behaviour) {
                case SILENT -> in.read();
                case TRICKLE -> {
                    for (int i = 0; i < 1000; i++) {
                        out.write(i == 0 ? '2' : '0');
                        out.flush();
                        Thread.sleep(100);
                    }
                }
                case BUSY_421 -> say(out, "421 example.test too busy, try later");
                default -> {
                    say(out, "220 example.test ESMTP");
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
                        if (command.equals("RCPT") && behaviour == Behaviour.NO_SUCH_USER_550) {
                            say(out, "550 5.1.1 no such user here");
                        } else if (command.equals("DATA")) {
                            say(out, "354 go ahead");
                            while (!".".equals(in.readLine())) {
                                // the message, which this server takes and never answers
                            }
                            in.read();
                        } else if (command.equals("QUIT")) {
                            say(out, "221 bye");
                            return;
                        } else {
                            say(out, "250 ok");
                        }
                    }
                }
            }
        }

        private static void say(OutputStream out, String line) throws IOException {
            out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
