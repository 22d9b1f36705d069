package com.licensedesk.licences;

import com.licensedesk.catalog.CatalogEntry;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.ui.Formats;
import com.licensedesk.i18n.Messages;
import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/** 製品情報を確認: what the key stands for, and the licence agreement that must be accepted to go on. */
public final class ProductCheckViewModel implements PersonalData {
    private final AgreementStep step;
    private final LegalTexts legal;
    private final Messages messages;
    private final Clock clock;
    private final BooleanProperty agreementAccepted = new SimpleBooleanProperty(this, "agreementAccepted", false);
    private final ReadOnlyStringWrapper agreementError = new ReadOnlyStringWrapper(this, "agreementError", "");
    private final Banner banner = new Banner();

    public ProductCheckViewModel(AgreementStep step, LegalTexts legal, Messages messages, Clock clock) {
        this.step = step;
        this.legal = legal;
        this.messages = messages;
        this.clock = clock;
        agreementAccepted.addListener((obs, was, accepted) -> {
            if (accepted) {
                agreementError.set("");
                banner.clear();
            }
        });
    }

    /** What the screen shows of the key's catalogue entry. */
    public record Details(String keyLine, String product, String packageName, String seats, String expires,
                          String licenseType) {
    }

    /** The details of the key found on the Start screen; the agreement box starts unticked each time. */
    public Details details() {
        CatalogEntry entry = step.entry().orElseThrow(() -> new IllegalStateException("No key found yet"));
        return new Details(
                messages.get(entry.key().kind().labelKey()) + ": " + entry.key().value(),
                entry.product(),
                entry.packageName().orElse("-"),
                String.valueOf(entry.seats()),
                Formats.date(entry.expires()),
                messages.get(entry.licenseType().labelKey()));
    }

    public BooleanProperty agreementAccepted() {
        return agreementAccepted;
    }

    public ReadOnlyStringProperty agreementError() {
        return agreementError.getReadOnlyProperty();
    }

    public Banner banner() {
        return banner;
    }

    public String agreementText() {
        return legal.agreement();
    }

    public String privacyText() {
        return legal.privacyPolicy();
    }

    /** 続行: refused, with the reason at the box, until the agreement is accepted. */
    public void proceed() {
        if (!agreementAccepted.get()) {
            agreementError.set(messages.get("check.eula.required"));
            banner.error(messages.get("common.banner.fieldsNeedAttention", 1));
            return;
        }
        agreementAccepted.set(false);
        step.accepted(new AgreementAcceptance(legal.agreementVersion(), clock.instant()));
    }

    /** The next person finds the agreement unticked. */
    @Override
    public void clear() {
        agreementAccepted.set(false);
        agreementError.set("");
        banner.clear();
    }

    /** キャンセル: back, with what was typed before still there. */
    public void cancel() {
        agreementAccepted.set(false);
        agreementError.set("");
        banner.clear();
        step.cancelled();
    }
}
