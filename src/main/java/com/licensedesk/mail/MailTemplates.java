package com.licensedesk.mail;

import java.util.Locale;
import com.licensedesk.i18n.Messages;

/**
 * Mail texts from the message bundle: {@code <name>.subject} and {@code <name>.body}, each with the same arguments,
 * and the common footer every mail ends with.
 */
public final class MailTemplates {
    /** The mails whose body carries a secret: shown redacted at the desk. */
    private static final java.util.Set<String> SECRETS = java.util.Set.of("resetCode");
    private final Messages messages;

    public MailTemplates(Messages messages) {
        this.messages = messages;
    }

    /** The mail {@code name} in the recipient's {@code language}. */
    public NewMail compose(Locale language, String name, String recipient, Object... args) {
        Messages texts = messages.in(language);
        String subject = texts.get("mail." + name + ".subject", args);
        String body = texts.get("mail." + name + ".body", args) + "\n\n" + texts.get("mail.footer");
        return new NewMail(recipient, subject, body, SECRETS.contains(name));
    }
}
