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
import java.util.Properties;

/** Sends over SMTP with Jakarta Mail, keeping the Message-ID the outbox gave the mail. */
public final class SmtpTransport implements MailTransport {
    private static final String TIMEOUT_MILLIS = "20000";
    private final SmtpSettings settings;
    private final jakarta.mail.Session session;

    public SmtpTransport(SmtpSettings settings) {
        this.settings = settings;
        Properties props = new Properties();
        String protocol = settings.ssl() ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", settings.host());
        props.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MILLIS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MILLIS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MILLIS);
        props.put("mail." + protocol + ".auth", String.valueOf(settings.user().isPresent()));
        if (settings.startTls()) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        Authenticator login = settings.user().isEmpty() ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user().get(), settings.password().orElse(""));
            }
        };
        this.session = jakarta.mail.Session.getInstance(props, login);
    }

    @Override
    public void send(OutboxMail mail) throws DeliveryFailed {
        try {
            MimeMessage message = new KeptIdMessage(session, mail.messageId());
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.recipient(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(mail.createdAt()));
            Transport.send(message);
        } catch (MessagingException e) {
            throw new DeliveryFailed(describe(e), e, permanent(e));
        }
    }

    /** A 5xx answer from the server, to the message or to a recipient, anywhere in the chain. */
    static boolean permanent(MessagingException e) {
        for (Exception cause = e; cause != null; ) {
            int code = cause instanceof SMTPSendFailedException sendFailed ? sendFailed.getReturnCode()
                    : cause instanceof SMTPAddressFailedException addressFailed ? addressFailed.getReturnCode() : 0;
            if (code >= 500 && code < 600) {
                return true;
            }
            cause = cause instanceof MessagingException messaging ? messaging.getNextException() : null;
        }
        return false;
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
