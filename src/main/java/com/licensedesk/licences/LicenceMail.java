package com.licensedesk.licences;

import com.licensedesk.i18n.Languages;
import java.util.Locale;
import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.NewMail;
import com.licensedesk.ui.Formats;
import com.licensedesk.i18n.Messages;

/** The mail 【{product}】製品登録完了のお知らせ, sent to the support contact when a key is registered or added. */
public final class LicenceMail {
    private final MailTemplates templates;
    private final Messages messages;
    private final Languages languages;

    public LicenceMail(MailTemplates templates, Messages messages, Languages languages) {
        this.templates = templates;
        this.messages = messages;
        this.languages = languages;
    }

    /** In the language of the account the key is registered to (call inside the change's transaction). */
    public NewMail registered(CatalogEntry entry, String supportContactEmail, long accountId) {
        Locale language = languages.languageOf(accountId);
        Messages texts = messages.in(language);
        return templates.compose(language, "registered", supportContactEmail,
                entry.product(),
                entry.packageName().orElse("-"),
                texts.get(entry.key().kind().labelKey()),
                entry.key().value(),
                entry.seats(),
                Formats.date(entry.expires()),
                texts.get(entry.licenseType().labelKey()));
    }

    /** One mail for keys registered together (まとめて追加), each with its product, key, seats and expiry. */
    public NewMail registeredMany(java.util.List<CatalogEntry> entries, String supportContactEmail, long accountId) {
        Locale language = languages.languageOf(accountId);
        Messages texts = messages.in(language);
        StringBuilder list = new StringBuilder();
        for (CatalogEntry entry : entries) {
            list.append(texts.get("mail.registeredMany.licence", entry.product(), entry.packageName().orElse("-"),
                    texts.get(entry.key().kind().labelKey()), entry.key().value(), String.valueOf(entry.seats()),
                    Formats.date(entry.expires()), texts.get(entry.licenseType().labelKey()))).append('\n');
        }
        return templates.compose(language, "registeredMany", supportContactEmail,
                entries.size(), list.toString().stripTrailing());
    }
}
