package com.licensedesk.testing;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real SMTP server (GreenMail) on the loopback interface, started on a port it chose itself ({@link #port()} says
 * which). Its {@code reset()} would bind another port: empty it with {@code purgeEmailFromAllMailboxes()} instead.
 */
public record LoopbackSmtp(GreenMail server, int port) {

    public static LoopbackSmtp started() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new LoopbackSmtp(server, server.getSmtp().getPort());
    }

    /**
     * From the {@code nth} mail on, the server holds its answer to each ("250" after the message) until
     * {@link HeldAnswers#release()}: the sender's attempt is then in flight for as long as the test wants. Mail is held
     * one at a time, as GreenMail takes mail one at a time.
     */
    public HeldAnswers holdAnswersFrom(int nth) {
        HeldAnswers held = new HeldAnswers(nth);
        UserManager users = server.getUserManager();
        MessageDeliveryHandler delivery = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, address) -> {
            held.arrived();
            return delivery.handle(message, address);
        });
        return held;
    }

    /** The answers a server holds; see {@link #holdAnswersFrom}. */
    public static final class HeldAnswers {
        /** Longer than any test waits; a test that fails leaves no server thread behind for good. */
        private static final long LONGEST_HOLD_MINUTES = 5;
        private final int from;
        private final AtomicInteger arrived = new AtomicInteger();
        private final CountDownLatch released = new CountDownLatch(1);
        private volatile boolean holding;

        private HeldAnswers(int from) {
            this.from = from;
        }

        private void arrived() {
            if (arrived.incrementAndGet() < from) {
                return;
            }
            holding = true;
            try {
                released.await(LONGEST_HOLD_MINUTES, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** True once the server holds the answer to a mail. */
        public boolean holding() {
            return holding;
        }

        /** Answers the held mail, and every later one at once. */
        public void release() {
            released.countDown();
        }
    }
}
