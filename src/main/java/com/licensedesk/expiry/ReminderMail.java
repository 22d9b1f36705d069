package com.licensedesk.expiry;

import com.licensedesk.i18n.Languages;
import com.licensedesk.i18n.Messages;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.NewMail;
import com.licensedesk.ui.Formats;
import java.util.Locale;

/** 【更新のご案内】: the renewal reminder, in the customer's language, one line block per licence. */
public final class ReminderMail {
    private final MailTemplates templates;
    private final Messages messages;
    private final Languages languages;

    public ReminderMail(MailTemplates templates, Messages messages, Languages languages) {
        this.templates = templates;
        this.messages = messages;
        this.languages = languages;
    }

    NewMail reminder(RenewalReminders.Reminder reminder) {
        Locale language = languages.languageOf(reminder.accountId());
        Messages texts = messages.in(language);
        StringBuilder list = new StringBuilder();
        for (ReminderCandidate licence : reminder.licences()) {
            list.append(texts.get("mail.reminder.licence", licence.product(), licence.key().masked(),
                    String.valueOf(licence.seats()), Formats.date(licence.expires()))).append('\n');
        }
        return templates.compose(language, "reminder", reminder.recipient(), reminder.companyName(),
                reminder.daysBefore(), list.toString().stripTrailing(), reminder.licences().size());
    }
}
