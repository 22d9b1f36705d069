package com.licensedesk.settings;

import com.licensedesk.mail.MailTransport;
import com.licensedesk.mail.OutboxMail;
import com.licensedesk.mail.SmtpSettings;
import com.licensedesk.ui.Activity;
import com.licensedesk.ui.Formats;
import com.licensedesk.ui.Banner;
import com.licensedesk.ui.PersonalData;
import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Navigator;
import com.licensedesk.ui.ScreenId;
import com.licensedesk.ui.Tasks;
import com.licensedesk.ui.form.Form;
import com.licensedesk.ui.form.FormField;
import com.licensedesk.domain.FieldRule;
import com.licensedesk.domain.MailAddress;
import com.licensedesk.domain.Problem;
import com.licensedesk.domain.Text;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;
import com.licensedesk.setup.SetupCode;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The settings screen for the reseller's IT person, behind the settings PIN: SMTP server, sender, vendor name, idle
 * minutes and the "expiring soon" window, saved to the properties file in the data directory, and a test mail that
 * reports the server's own answer.
 */
public final class SettingsViewModel implements PersonalData {
    static final List<String> SECURITY = Arrays.stream(DeskSettings.Security.values()).map(Enum::name).toList();

    /** Where the screen stands: the PIN is set the first time, asked for after that. */
    public enum Step { SET_PIN, ENTER_PIN, EDIT }

    private final SettingsFile file;
    private final Function<SmtpSettings, MailTransport> transports;
    private final Supplier<ScreenId> back;
    private final SetupCode setupCode;
    private final Tasks tasks;
    private final Navigator navigator;
    private final Messages messages;
    private final Clock clock;
    private final Runnable restart;
    private final boolean kiosk;
    private final HomeLink home;
    private final ReadOnlyStringWrapper syncState = new ReadOnlyStringWrapper(this, "syncState", "");
    private final ReadOnlyBooleanWrapper linkedToHome = new ReadOnlyBooleanWrapper(this, "linkedToHome", false);
    private final FormField setupCodeField = FormField.named("setupCodeField").required().cleanUp(String::strip)
            .build();
    private final FormField pin = FormField.named("pinField").required().cleanUp(typed -> typed)
            .rules(FieldRule.of(SettingsFile::isValidPin, "settings.pin.rule")).build();
    private final FormField pinConfirm = FormField.named("pinConfirmField").required().cleanUp(typed -> typed)
            .rules(typed -> typed.equals(pin.value()) ? Optional.empty()
                    : Optional.of(Problem.of("settings.pin.mismatch"))).build();
    private final FormField smtpHost = FormField.named("smtpHost").rules(Text.maxLength(253)).build();
    private final FormField smtpPort = FormField.named("smtpPort").requiredWhen(() -> !smtpHost.value().isEmpty())
            .rules(range(Setting.SMTP_PORT)).build();
    private final FormField smtpUser = FormField.named("smtpUser").rules(Text.maxLength(254)).build();
    private final FormField smtpPassword = FormField.named("smtpPassword").cleanUp(typed -> typed).build();
    /** Shown in the screen's words (なし, STARTTLS, SSL/TLS), stored as the setting's names. */
    private final FormField smtpSecurity = FormField.named("smtpSecurity").required().choices(SECURITY)
            .typeAhead(typed -> Optional.empty(), this::securityLabel)
            .build();
    private final FormField mailFrom = FormField.named("mailFrom").rules(SettingsViewModel::senderProblem).build();
    private final FormField vendorName = FormField.named("vendorName").required().rules(Text.maxLength(60)).build();
    private final FormField idleMinutes = FormField.named("idleMinutes").required().rules(range(Setting.IDLE_MINUTES))
            .build();
    private final FormField expiringDays = FormField.named("expiringDays").required().rules(range(Setting.EXPIRING_DAYS))
            .build();
    private final FormField dbUrl = FormField.named("dbUrl").rules(Text.maxLength(500),
            FieldRule.of(typed -> typed.startsWith("jdbc:postgresql://"), "settings.db.urlRule")).build();
    private final FormField dbUser = FormField.named("dbUser").requiredWhen(() -> !dbUrl.value().isEmpty())
            .rules(Text.maxLength(63)).build();
    private final FormField dbPassword = FormField.named("dbPassword").cleanUp(typed -> typed).build();
    private final FormField secretKey = FormField.named("secretKey").requiredWhen(() -> !dbUrl.value().isEmpty())
            .rules(FieldRule.of(SettingsViewModel::isSecretKey, "settings.db.secretKeyRule")).build();
    private final FormField syncFolder = FormField.named("syncFolder").rules(Text.maxLength(500),
            FieldRule.of(SettingsViewModel::isAbsolutePath, "settings.sync.folderRule")).build();
    private final FormField testRecipient = FormField.named("testRecipient").cleanUp(Text::halfWidth)
            .rules(MailAddress.RULE).build();
    private final Form settings = Form.of(smtpHost, smtpPort, smtpUser, smtpPassword, smtpSecurity, mailFrom,
            vendorName, idleMinutes, expiringDays, dbUrl, dbUser, dbPassword, secretKey, syncFolder);
    private final Form all = Form.joining(Form.of(setupCodeField, pin, pinConfirm), settings, Form.of(testRecipient));
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.ENTER_PIN);
    private final Activity activity;
    private final Banner banner;

    /**
     * {@code restart} starts the application over with the saved settings; {@code back} says where 戻る leads (the
     * desk for a signed-in operator); {@code setupCode} is the installation's, which the first PIN asks for.
     */
    public SettingsViewModel(SettingsFile file, SetupCode setupCode, Function<SmtpSettings, MailTransport> transports,
                             Tasks tasks, Navigator navigator, Messages messages, Clock clock, Runnable restart,
                             boolean kiosk, Supplier<ScreenId> back, HomeLink home) {
        this.transports = transports;
        this.back = back;
        this.setupCode = setupCode;
        this.file = file;
        this.tasks = tasks;
        this.activity = new Activity(tasks, messages, SettingsViewModel.class);
        this.banner = activity.banner();
        this.navigator = navigator;
        this.messages = messages;
        this.clock = clock;
        this.restart = restart;
        this.kiosk = kiosk;
        this.home = home;
    }

    /** Every field of the screen, by fx:id. */
    public Form form() {
        return all;
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return activity.busy();
    }

    public Banner banner() {
        return banner;
    }

    /** The screen is opened: the PIN first. Setting one here is not offered in kiosk mode. */
    public void open() {
        all.clear();
        banner.clear();
        activity.run("Settings", file::hasPin, hasPin -> {
            if (!hasPin && kiosk) {
                banner.error(messages.get("settings.pin.kioskNeedsOne"));
                step.set(Step.ENTER_PIN);
                return;
            }
            step.set(hasPin ? Step.ENTER_PIN : Step.SET_PIN);
            if (!hasPin) {
                banner.info(messages.get("settings.pin.first"));
            }
        });
    }

    /** 続行 on the PIN step: sets the first PIN, or checks it. */
    public void submitPin() {
        if (activity.isBusy()) {
            return;
        }
        banner.clear();
        Form asked = step.get() == Step.SET_PIN ? Form.of(setupCodeField, pin, pinConfirm) : Form.of(pin);
        if (step.get() == Step.ENTER_PIN) {
            pin.clearError();
            if (pin.value().isEmpty()) {
                pin.refuse(messages.get("validation.required"));
                return;
            }
        } else if (!activity.validate(asked)) {
            return;
        }
        String typed = pin.value();
        String typedCode = setupCodeField.value();
        boolean setting = step.get() == Step.SET_PIN;
        activity.run("Settings", () -> {
            if (setting) {
                // Empty: the set-up code was not the installation's, and no PIN was set.
                return setupCode.<SettingsFile.PinCheck>redeem(typedCode, () -> {
                    file.setPin(typed);
                    return new SettingsFile.PinCheck.Right();
                });
            }
            return Optional.of(file.checkPin(typed));
        }, answer -> {
            if (answer.isEmpty()) {
                // Only the code was wrong: the PIN just chosen stays, as a refused form keeps what was typed.
                setupCodeField.refuse(messages.get("setup.code.wrong"));
                banner.fieldsNeedAttention(messages, asked);
                return;
            }
            pin.text().set("");
            pinConfirm.text().set("");
            setupCodeField.text().set("");
            PinAnswer.refusal(answer.get(), messages).ifPresentOrElse(pin::refuse, this::load);
        });
    }

    private void load() {
        activity.run("Settings", file::read, stored -> {
            show(stored);
            step.set(Step.EDIT);
        });
    }

    private void show(Properties stored) {
        DeskSettings settings = DeskSettings.from(stored);
        smtpHost.text().set(settings.smtpHost());
        smtpPort.text().set(settings.smtpPort());
        smtpUser.text().set(settings.smtpUser());
        smtpPassword.text().set(settings.smtpPassword());
        smtpSecurity.text().set(settings.security().name());
        mailFrom.text().set(settings.mailFrom());
        vendorName.text().set(settings.vendorName());
        idleMinutes.text().set(settings.idleMinutes());
        expiringDays.text().set(settings.expiringDays());
        dbUrl.text().set(settings.database().url());
        dbUser.text().set(settings.database().user());
        dbPassword.text().set(settings.database().password());
        secretKey.text().set(settings.database().secretKey());
        syncFolder.text().set(settings.syncFolder());
        showSyncState();
    }

    /** At a kiosk that joined its home: the sync's state; empty text at a desk. */
    public ReadOnlyStringProperty syncState() {
        return syncState.getReadOnlyProperty();
    }

    /** Whether this is a kiosk with a home, whose settings show the sync. */
    public ReadOnlyBooleanProperty linkedToHome() {
        return linkedToHome.getReadOnlyProperty();
    }

    private void showSyncState() {
        activity.run("Settings", home::status, status -> {
            linkedToHome.set(status.isPresent());
            syncState.set(status.map(this::describe).orElse(""));
        });
    }

    private String describe(HomeLink.Status status) {
        String never = messages.get("settings.sync.never");
        return messages.get("settings.sync.state", status.lastSent().map(Formats::dateTime).orElse(never),
                status.lastHeard().map(Formats::dateTime).orElse(never), status.waiting());
    }

    /** 今すぐ書き出す: home's replies in the folder typed above read, then the bundle written there. */
    public void exportBundle() {
        if (activity.isBusy()) {
            return;
        }
        banner.clear();
        syncFolder.validate(messages);
        if (syncFolder.value().isEmpty()) {
            syncFolder.refuse(messages.get("settings.sync.folderNeeded"));
        }
        if (syncFolder.hasError()) {
            banner.fieldsNeedAttention(messages, Form.of(syncFolder));
            return;
        }
        Path folder = Path.of(syncFolder.value());
        activity.run("Settings", () -> home.exportNow(folder), written -> {
            banner.info(written.map(name -> messages.get("settings.sync.written", name, folder.toString()))
                    .orElseGet(() -> messages.get("settings.sync.nothingWaits")));
            showSyncState();
        });
    }

    /** テストメールを送信: with the SMTP settings as typed, not yet saved; the server's answer in the banner. */
    public void sendTestMail() {
        if (activity.isBusy()) {
            return;
        }
        banner.clear();
        int refused = settings.validate(messages);
        testRecipient.validate(messages);
        if (testRecipient.value().isEmpty()) {
            testRecipient.refuse(messages.get("validation.required"));
        }
        if (smtpHost.value().isEmpty()) {
            smtpHost.refuse(messages.get("settings.smtp.hostNeeded"));
        }
        if (refused > 0 || testRecipient.hasError() || smtpHost.hasError()) {
            banner.fieldsNeedAttention(messages, all);
            return;
        }
        SmtpSettings typed = smtpSettings();
        OutboxMail mail = new OutboxMail(0, "<" + UUID.randomUUID() + "@license-desk.test>", testRecipient.value(),
                messages.get("settings.testMail.subject"), messages.get("settings.testMail.body"), clock.instant(), 0,
                clock.instant(), Optional.empty(), Optional.empty(), OutboxMail.State.WAITING, false);
        activity.run("Settings", () -> {
            try {
                transports.apply(typed).send(mail);
                return Optional.<String>empty();
            } catch (MailTransport.DeliveryFailed e) {
                return Optional.of(e.getMessage());
            }
        }, failure -> {
            if (failure.isEmpty()) {
                banner.success(messages.get("settings.testMail.sent", testRecipient.value()));
            } else {
                banner.error(messages.get("settings.testMail.failed", failure.get()));
            }
        });
    }

    /** 保存: written to the properties file; the application then starts over with them. */
    public void save() {
        if (activity.isBusy()) {
            return;
        }
        banner.clear();
        int refused = settings.validate(messages);
        if (refused > 0) {
            banner.fieldsNeedAttention(messages, settings);
            return;
        }
        Map<Setting, String> values = new DeskSettings(smtpHost.value(), smtpPort.value(), smtpUser.value(),
                smtpPassword.value(), DeskSettings.Security.valueOf(smtpSecurity.value()), mailFrom.value(),
                vendorName.value(), idleMinutes.value(), expiringDays.value(),
                new DeskSettings.SharedDatabase(dbUrl.value(), dbUser.value(), dbPassword.value(), secretKey.value()),
                syncFolder.value()).values();
        activity.run("Settings", () -> {
            file.save(values);
            return true;
        }, saved -> {
            all.clear();
            restart.run();
        });
    }

    /** 戻る: nothing is saved. */
    public void close() {
        clear();
        navigator.show(back.get());
    }

    /** Nothing typed here stays for the next person, the PIN least of all. */
    @Override
    public void clear() {
        all.clear();
        banner.clear();
    }

    @Override
    public boolean endsWithSession() {
        return false;
    }

    private SmtpSettings smtpSettings() {
        return new SmtpSettings(smtpHost.value(), Integer.parseInt(smtpPort.value()),
                Optional.of(smtpUser.value()).filter(user -> !user.isEmpty()),
                Optional.of(smtpPassword.value()).filter(password -> !password.isEmpty()),
                smtpSecurity.value().equals("STARTTLS"), smtpSecurity.value().equals("SSL"),
                mailFrom.value().isEmpty() ? Setting.MAIL_FROM.defaultText().orElseThrow() : mailFrom.value());
    }

    private String securityLabel(String choice, Locale language) {
        return messages.get(switch (DeskSettings.Security.valueOf(choice)) {
            case NONE -> "settings.security.none";
            case STARTTLS -> "settings.security.starttls";
            case SSL -> "settings.security.ssl";
        });
    }

    /** The shared secret key: the Base64 of 32 bytes, as {@code openssl rand -base64 32} makes it. */
    private static boolean isSecretKey(String typed) {
        try {
            return java.util.Base64.getDecoder().decode(typed).length == 32;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** The setting's own range, as the start check has it, with the screen's message. */
    private static FieldRule range(Setting setting) {
        Setting.Rule.WholeNumber range = setting.range();
        return FieldRule.of(typed -> typed.matches("\\d{1,6}") && range.accepts(typed), "settings.validation.range",
                range.least(), range.most());
    }

    /** A sender as mail writes it: an address, or a name and an address in angle brackets. */
    private static Optional<Problem> senderProblem(String sender) {
        int open = sender.lastIndexOf('<');
        String address = open >= 0 && sender.endsWith(">") ? sender.substring(open + 1, sender.length() - 1) : sender;
        return MailAddress.RULE.check(address.strip());
    }

    private static boolean isAbsolutePath(String typed) {
        try {
            return Path.of(typed).isAbsolute();
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
