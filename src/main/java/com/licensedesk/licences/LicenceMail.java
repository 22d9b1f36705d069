package com.licensedesk.licences;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.NewMail;
import com.licensedesk.ui.Formats;
import com.licensedesk.i18n.Messages;

/** The mail 【{product}】製品登録完了のお知らせ, sent to the support contact when a key is registered or added. */
public final class LicenceMail {
    private final MailTemplates templates;
    private final Messages messages;

    public LicenceMail(MailTemplates templates, Messages messages) {
        this.templates = templates;
        this.messages = messages;
    }

    public NewMail registered(CatalogEntry entry, String supportContactEmail) {
        return templates.compose("registered", supportContactEmail,
                entry.product(),
                entry.packageName().orElse("-"),
                messages.get(entry.key().kind().labelKey()),
                entry.key().value(),
                entry.seats(),
                Formats.date(entry.expires()),
                messages.get(entry.licenseType().labelKey()));
    }
}
