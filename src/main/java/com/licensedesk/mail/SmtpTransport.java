package com.licensedesk.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.SocketFactory;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sends over SMTP with Jakarta Mail, keeping the Message-ID the outbox gave the mail. Each attempt (connect, greeting,
 * data, answer) has an overall deadline besides the per-read timeouts.
 */
public final class SmtpTransport implements MailTransport {
    /** The whole of one attempt, as the sender may wait for it. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);
    private static final String TIMEOUT_MILLIS = "20000";
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "license-desk-smtp-deadline");
        thread.setDaemon(true);
        return thread;
    });
    private final SmtpSettings settings;
    private final Properties props = new Properties();
    private final Authenticator login;
    private final Duration deadline;
    private final Watchdog watchdog;
    private final String protocol;

    /** What ends an attempt at its deadline: it runs {@code atDeadline} then, unless the returned cancel ran first. */
    interface Watchdog {
        Runnable watch(Runnable atDeadline, Duration deadline);
    }

    public SmtpTransport(SmtpSettings settings) {
        this(settings, DEFAULT_DEADLINE);
    }

    public SmtpTransport(SmtpSettings settings, Duration deadline) {
        this(settings, deadline, (atDeadline, after) -> {
            ScheduledFuture<?> due = WATCHDOG.schedule(atDeadline, after.toMillis(), TimeUnit.MILLISECONDS);
            return () -> due.cancel(false);
        });
    }

    /** With a watchdog of the caller's: a test says when the deadline has passed. */
    SmtpTransport(SmtpSettings settings, Duration deadline, Watchdog watchdog) {
        this.settings = settings;
        this.deadline = deadline;
        this.watchdog = watchdog;
        this.protocol = settings.ssl() ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", settings.host());
        props.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        // A socket of the deadline's that did not connect (the deadline closed it while it connected, or refused it
        // because it had passed) must not be replaced by a plain one the deadline knows nothing of: Jakarta Mail then
        // connects again with a java.net.Socket unless told not to. The one property serves smtps's SSL factory too.
        props.put("mail." + protocol + ".socketFactory.fallback", "false");
        props.put("mail." + protocol + ".auth", String.valueOf(settings.user().isPresent()));
        if (settings.startTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        this.login = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
    }

    @Override
    public void send(OutboxMail mail) throws DeliveryFailed {
        // A session per attempt, with sockets the watchdog can close when the deadline passes.
        DeadlineSockets sockets = new DeadlineSockets(settings.ssl() ? SSLSocketFactory.getDefault()
                : SocketFactory.getDefault());
        Properties attempt = new Properties();
        attempt.putAll(props);
        attempt.put("mail." + protocol + (settings.ssl() ? ".ssl.socketFactory" : ".socketFactory"), sockets);
        Runnable cancelWatch = watchdog.watch(sockets::closeAll, deadline);
        try {
            MimeMessage message = new KeptIdMessage(jakarta.mail.Session.getInstance(attempt, login),
                    mail.messageId());
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(mail.createdAt()));
            Transport.send(message);
        } catch (MessagingException e) {
            if (sockets.deadlinePassed()) {
                throw pastDeadline(e);
            }
            throw new DeliveryFailed(describe(e), e, kind(e));
        } catch (IllegalStateException e) {
            // Jakarta Mail's answer when the socket it was reading is closed under it.
            if (sockets.deadlinePassed()) {
                throw pastDeadline(e);
            }
            throw e;
        } finally {
            cancelWatch.run();
        }
    }

    @Override
    public Duration longestAttempt() {
        return deadline;
    }

    private DeliveryFailed pastDeadline(Exception cause) {
        return new DeliveryFailed("No complete answer from " + settings.host() + " within " + deadline.toSeconds()
                + " s", cause, DeliveryFailed.Kind.SERVER_DOWN);
    }

    /**
     * A 5xx answer to the message or to a recipient, anywhere in the chain, is permanent; another answer to this mail
     * is temporary; no answer to it at all (no connection, 421) means the server is down for every mail.
     */
    static DeliveryFailed.Kind kind(MessagingException e) {
        boolean answered = false;
        for (Exception cause = e; cause != null; ) {
            int code = cause instanceof SMTPSendFailedException sendFailed ? sendFailed.getReturnCode()
                    : cause instanceof SMTPAddressFailedException addressFailed ? addressFailed.getReturnCode() : 0;
            if (code >= 500 && code < 600) {
                return DeliveryFailed.Kind.PERMANENT;
            }
            answered |= code > 0 && code != 421;
            cause = cause instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return answered ? DeliveryFailed.Kind.TEMPORARY : DeliveryFailed.Kind.SERVER_DOWN;
    }

    /** The server's own words where it gave some, else the cause's. */
    private static String describe(MessagingException e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()).strip());
        Exception next = e.getNextException();
        if (next != null && next.getMessage() != null && !reason.toString().contains(next.getMessage().strip())) {
            reason.append(": ").append(next.getMessage().strip());
        }
        return reason.toString();
    }

    /** Jakarta Mail makes a new Message-ID on every save; a retry must send the first one again. */
    private static final class KeptIdMessage extends MimeMessage {
        private final String messageId;

        KeptIdMessage(jakarta.mail.Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
