package com.licensedesk.mail;

import com.licensedesk.i18n.Messages;

/**
 * Mail texts from the message bundle: {@code <name>.subject} and {@code <name>.body}, each with the same arguments,
 * and the common footer every mail ends with.
 */
public final class MailTemplates {
    private final Messages messages;

    public MailTemplates(Messages messages) {
        this.messages = messages;
    }

    public NewMail compose(String name, String recipient, Object... args) {
        String subject = messages.get("mail." + name + ".subject", args);
        String body = messages.get("mail." + name + ".body", args) + "\n\n" + messages.get("mail.footer");
        return new NewMail(recipient, subject, body);
    }
}
