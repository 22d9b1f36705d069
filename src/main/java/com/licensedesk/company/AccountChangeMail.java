package com.licensedesk.company;

import java.util.Locale;
import com.licensedesk.i18n.Languages;
import com.licensedesk.domain.FieldChanges;
import com.licensedesk.mail.MailTemplates;
import com.licensedesk.mail.NewMail;
import com.licensedesk.session.Acting;
import com.licensedesk.i18n.Messages;
import java.util.List;
import java.util.stream.Collectors;

/**
 * お客様の{vendor}アカウント情報が変更されました: the confirmation of a change to the company or user information,
 * naming the fields that changed, and the notice to an address that is no longer used.
 */
public final class AccountChangeMail {
    private final MailTemplates templates;
    private final Messages messages;

    private final Languages languages;

    public AccountChangeMail(MailTemplates templates, Messages messages, Languages languages) {
        this.templates = templates;
        this.messages = messages;
        this.languages = languages;
    }

    /**
     * The confirmation to {@code address} and, when it replaced {@code previousAddress}, a notice to the old one
     * saying where mail goes from now on. {@code screenKey} names the screen of the change, such as 会社情報.
     */
    public List<NewMail> confirmation(String address, String previousAddress, Acting acting, String screenKey,
                                      FieldChanges changes) {
        Locale language = languages.languageOf(acting.accountId());
        Messages texts = messages.in(language);
        String loginId = acting.loginId();
        String fields = changes.list().stream()
                .map(change -> texts.get("mail.changedField", texts.get(FieldChanges.labelKey(change.field()))))
                .distinct()
                .collect(Collectors.joining("\n"));
        // Made at the reseller's desk by an operator: the customer is told who changed their data.
        String where = acting.atDesk() ? "\n\n" + texts.get("mail.changedAtDesk") : "";
        String screen = texts.get(screenKey);
        NewMail changed = templates.compose(language, "accountChanged", address, loginId, screen, fields, where);
        if (address.equals(previousAddress)) {
            return List.of(changed);
        }
        return List.of(changed, templates.compose(language, "addressChanged", previousAddress, loginId, screen,
                address));
    }
}
