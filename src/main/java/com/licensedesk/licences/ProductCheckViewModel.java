package com.licensedesk.licences;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.Dialogs;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormCheck;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Session;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** 製品情報を確認: what the key stands for, and the licence agreement that must be accepted to go on. */
public final class ProductCheckViewModel implements PersonalData {
    private final AgreementStep step;
    private final LegalTexts legal;
    private final Messages messages;
    private final Clock clock;
    private final Dialogs dialogs;
    private final FormCheck expiredConfirm = FormCheck.mustBeTicked("expiredConfirm",
            "check.expired.confirmRequired");
    private final FormCheck agreement = FormCheck.mustBeTicked("eulaCheck", "check.eula.required");
    private final Form form = Form.checking(expiredConfirm, agreement);
    private final Banner banner = new Banner();
    private final Session session;
    private final int warningDays;

    /**
     * {@code session}: at the desk, an operator may register an expired key once they confirm it. {@code warningDays}:
     * the desk's "expiring soon" window, as on the products screen.
     */
    public ProductCheckViewModel(AgreementStep step, LegalTexts legal, Dialogs dialogs, Messages messages,
                                 Clock clock, Session session, int warningDays) {
        this.session = session;
        this.warningDays = warningDays;
        this.step = step;
        this.legal = legal;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * What the screen shows of the key's catalogue entry; {@code expiryWarning} is empty unless the licence expires
     * within the desk's "expiring soon" window, or has expired and an operator may register it all the same (a
     * customer is told in the banner that it cannot be registered, {@link #shown}).
     */
    public record Details(String keyLine, String product, String packageName, String seats, String expires,
                          String licenseType, String expiryWarning, boolean expired) {
    }

    /** The details of the key found on the Start screen; the agreement box starts unticked each time. */
    public Details details() {
        CatalogEntry entry = step.entry().orElseThrow(() -> new IllegalStateException("No key found yet"));
        LocalDate today = LocalDate.now(clock.withZone(Formats.JAPAN));
        LicenceStatus status = LicenceStatus.of(entry.expires(), today, warningDays);
        String warning = switch (status) {
            case EXPIRED -> atDesk() ? messages.get("check.expired.warning", Formats.date(entry.expires())) : "";
            case EXPIRING -> messages.get("check.expiring.warning", Formats.date(entry.expires()),
                    ChronoUnit.DAYS.between(today, entry.expires()));
            case VALID -> "";
        };
        return new Details(
                messages.get(entry.key().kind().labelKey()) + ": " + entry.key().value(),
                entry.product(),
                entry.packageName().orElse("-"),
                String.valueOf(entry.seats()),
                Formats.date(entry.expires()),
                messages.get(entry.licenseType().labelKey()), warning, status == LicenceStatus.EXPIRED);
    }

    /** An operator at the desk is offered to register an expired key after all; a customer is not. */
    public boolean expiredConfirmOffered() {
        return atDesk() && details().expired();
    }

    /**
     * Whether the agreement and 続行 are offered: not to a customer with an expired key, which is a dead end for
     * them; the screen says so at once and leaves only the way back.
     */
    public boolean continueOffered() {
        return atDesk() || !details().expired();
    }

    /** The screen is shown: an expired key brought by a customer is refused at once, with what to do about it. */
    public void shown() {
        banner.clear();
        if (!continueOffered()) {
            banner.error(messages.get("check.expired.refused", details().expires()));
        }
    }

    private boolean atDesk() {
        return session.staff().isPresent();
    }

    /** The expired key's confirmation ({@code expiredConfirm}) and the agreement ({@code eulaCheck}). */
    public Form form() {
        return form;
    }

    public Banner banner() {
        return banner;
    }

    /** 使用許諾契約書 (the link): the agreement to read. */
    public void showAgreement() {
        dialogs.showText(messages.get("check.eula.dialogTitle"), legal.agreement());
    }

    /** プライバシーポリシー (the link). */
    public void showPrivacyPolicy() {
        dialogs.showText(messages.get("check.privacy.dialogTitle"), legal.privacyPolicy());
    }

    /**
     * 続行: refused, with the reason at the box, until the agreement is accepted. An expired key is refused to a
     * customer (who is not offered 続行 for it), and registered at the desk only once the operator has confirmed it.
     */
    public void proceed() {
        Details details = details();
        if (!continueOffered()) {
            banner.error(messages.get("check.expired.refused", details.expires()));
            return;
        }
        // The expired key first: the agreement is asked for once the operator has confirmed it.
        if (details.expired() && !expiredConfirm.validate(messages)) {
            banner.fieldsNeedAttention(messages, form);
            return;
        }
        expiredConfirm.clearError();
        if (!agreement.validate(messages)) {
            banner.fieldsNeedAttention(messages, form);
            return;
        }
        form.clear();
        step.accepted(new AgreementAcceptance(legal.agreementVersion(), clock.instant()));
    }

    /** The next person finds the agreement unticked. */
    @Override
    public void clear() {
        form.clear();
        banner.clear();
    }

    /** キャンセル: back, with what was typed before still there. */
    public void cancel() {
        clear();
        step.cancelled();
    }
}
