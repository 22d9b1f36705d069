package com.licensedesk.desk;

import com.licensedesk.audit.AuditDetail;
import com.licensedesk.audit.AuditEntry;
import com.licensedesk.audit.AuditRecord;
import com.licensedesk.domain.FieldChanges;
import com.licensedesk.i18n.Messages;
import com.licensedesk.session.Actor;
import com.licensedesk.session.Role;
import com.licensedesk.ui.Formats;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An audit entry in the person's words: its action, each part of its details named as the screens name it (製品キー,
 * サポート窓口・電話番号), its values as the screens show them (dates in Japan time, roles by their names), and the
 * whole entry as 監査ログ opens it. A part the desk has no words for is shown as stored, so nothing is hidden.
 */
public final class AuditWords {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss")
            .withZone(Formats.JAPAN);
    /** The label of each name the services write in a detail ({@code key=…}). */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("key", "audit.detail.key"),
            Map.entry("keys", "audit.detail.keys"),
            Map.entry("product", "audit.detail.product"),
            Map.entry("agreement", "audit.detail.agreement"),
            Map.entry("supportContactDiffers", "audit.detail.supportContactDiffers"),
            Map.entry("batch", "audit.detail.batch"),
            Map.entry("desk", "audit.detail.desk"),
            Map.entry("until", "audit.detail.until"),
            Map.entry("validUntil", "audit.detail.validUntil"),
            Map.entry("days", "audit.detail.days"),
            Map.entry("operator", "audit.detail.operator"),
            Map.entry("role", "audit.detail.role"),
            Map.entry("mail", "audit.detail.mail"),
            Map.entry("before", "audit.detail.before"),
            Map.entry("entries", "audit.detail.entries"),
            Map.entry("file", "audit.detail.file"),
            Map.entry("schema", "audit.detail.schema"),
            Map.entry("added", "audit.detail.added"),
            Map.entry("updated", "audit.detail.updated"),
            Map.entry("unchanged", "audit.detail.unchanged"),
            Map.entry("refused", "audit.detail.refused"),
            Map.entry("kiosk", "audit.detail.kiosk"),
            Map.entry("home", "audit.detail.home"),
            Map.entry("reason", "audit.detail.reason"),
            Map.entry("applied", "audit.detail.applied"),
            Map.entry("waiting", "audit.detail.waiting"),
            Map.entry("held", "audit.detail.held"),
            Map.entry("reply", "audit.detail.reply"),
            Map.entry("acks", "audit.detail.acks"),
            Map.entry("catalogue", "audit.detail.catalogue"),
            Map.entry("entry", "audit.detail.entry"),
            Map.entry("conflict", "audit.detail.conflict"),
            Map.entry("as", "audit.detail.as"));
    /** The phrases the services write as a whole detail. */
    static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("not a login ID", "audit.said.notALoginId"),
            Map.entry("unknown login ID", "audit.said.unknownLoginId"),
            Map.entry("wrong password", "audit.said.wrongPassword"),
            Map.entry("wrong current password", "audit.said.wrongCurrentPassword"),
            Map.entry("temporary password not accepted", "audit.said.temporaryNotAccepted"),
            Map.entry("wrong two-factor code", "audit.said.wrongCode"),
            Map.entry("wrong code", "audit.said.wrongCode"),
            Map.entry("temporary password expired", "audit.said.temporaryExpired"),
            Map.entry("temporary password: change next", "audit.said.temporaryChangeNext"),
            Map.entry("temporary password replaced", "audit.said.temporaryReplaced"),
            Map.entry("two-factor code next", "audit.said.codeNext"),
            Map.entry("authenticator code", "audit.said.authenticatorCode"),
            Map.entry("recovery code", "audit.said.recoveryCode"),
            Map.entry("first admin", "audit.said.firstAdmin"),
            Map.entry("by themselves", "audit.said.byThemselves"));
    /** What each of the desk's own runs is called ({@code Actor.system("renewal-reminders")}). */
    static final Map<String, String> SYSTEMS = Map.of(
            "renewal-reminders", "audit.actor.system.renewalReminders",
            "cli", "audit.actor.system.cli",
            "sync", "audit.actor.system.sync",
            "staff-sign-in", "audit.actor.system.staffSignIn");
    /** The part of the customer's data a changed field belongs to ({@code contractor.companyName}). */
    static final Map<String, String> SECTIONS = Map.of(
            "contractor", "audit.detail.section.contractor",
            "supportContact", "audit.detail.section.supportContact",
            "user", "audit.detail.section.user");
    /** How a kiosk's entry was applied at 同期の確認: the command, by the action it records. */
    private static final Map<String, String> APPLIED_AS = Map.of(
            "RegisterCustomer", "audit.action.accountRegistered",
            "AddKeys", "audit.action.licenceAdded",
            "SaveContractor", "audit.action.contractorChanged",
            "SaveSupportContact", "audit.action.supportContactChanged",
            "SaveUserInfo", "audit.action.userChanged",
            "ExcludeFromReminders", "audit.action.remindersExcluded");
    private static final Map<String, String> CONFLICTS = Map.of(
            "KEY_TAKEN", "syncReview.conflict.keyTaken",
            "LOGIN_ID_TAKEN", "syncReview.conflict.loginIdTaken",
            "SAME_COMPANY", "syncReview.conflict.sameCompany",
            "CHANGED_AT_HOME", "syncReview.conflict.changedAtHome",
            "NO_SUCH_CUSTOMER", "syncReview.conflict.noSuchCustomer",
            "INVALID_DATA", "syncReview.conflict.invalidData");

    /** Why a sync bundle was refused, as 同期ファイルの拒否 records it ({@code REVOKED: reason given then}). */
    private static final Map<String, String> BUNDLE_REFUSALS = Map.of(
            "NOT_A_BUNDLE", "audit.refused.notABundle",
            "NOT_A_BUNDLE_BUT_ANOTHER_FILE", "audit.refused.anotherFile",
            "NEWER_FORMAT", "audit.refused.newerFormat",
            "UNKNOWN_KIOSK", "audit.refused.unknownKiosk",
            "REVOKED", "audit.refused.revoked",
            "TRUNCATED", "audit.refused.truncated",
            "ALTERED", "audit.refused.altered",
            "NOT_FOR_THIS_HOME", "audit.refused.notForThisHome",
            "NOT_HOME", "audit.refused.notHome");

    private final Messages messages;

    public AuditWords(Messages messages) {
        this.messages = messages;
    }

    /** A moment as 監査ログ lists it, to the second, in Japan time. */
    public String when(Instant at) {
        return WHEN.format(at);
    }

    public String action(AuditEntry entry) {
        return messages.get(entry.action().labelKey());
    }

    /** 「スタッフ desk.admin」, 「お客さま Tanaka_01」, 「システム 更新のお知らせの自動送信」. */
    public String actor(Actor actor) {
        return switch (actor.kind()) {
            case OPERATOR -> messages.get("audit.actor.operator", actor.loginId());
            case CUSTOMER -> messages.get("audit.actor.customer", actor.loginId());
            case SYSTEM -> messages.get("audit.actor.system", Optional.ofNullable(SYSTEMS.get(actor.loginId()))
                    .map(messages::get).orElse(actor.loginId()));
        };
    }

    /** The details on one line, as the table shows them. */
    public String detail(String stored) {
        return parts(stored).stream().reduce((first, next) -> messages.get("audit.detail.joined", first, next))
                .orElse("");
    }

    /** Each part of the details in words, in the order stored. */
    public List<String> parts(String stored) {
        List<String> parts = new ArrayList<>();
        for (AuditDetail.Part part : AuditDetail.read(stored).parts()) {
            phraseApart(part).forEach(each -> parts.add(part(each)));
        }
        return parts;
    }

    /**
     * A phrase written after a named value ({@code operator=desk.admin; by themselves}) is read back as more of that
     * value, as a typed reason holding "; " is: a known phrase at its end is a part of its own.
     */
    private static List<AuditDetail.Part> phraseApart(AuditDetail.Part part) {
        if (part instanceof AuditDetail.Named named) {
            int last = named.value().lastIndexOf("; ");
            if (last >= 0 && PHRASES.containsKey(named.value().substring(last + 2))) {
                return List.of(new AuditDetail.Named(named.name(), named.value().substring(0, last)),
                        new AuditDetail.Said(named.value().substring(last + 2)));
            }
        }
        return List.of(part);
    }

    private String part(AuditDetail.Part part) {
        if (part instanceof AuditDetail.Changed changed) {
            return messages.get("audit.detail.changed", field(changed.field()), orBlank(changed.before()),
                    orBlank(changed.after()));
        }
        if (part instanceof AuditDetail.Named named) {
            return named(named);
        }
        String said = ((AuditDetail.Said) part).text();
        return Optional.ofNullable(PHRASES.get(said)).map(messages::get).orElse(said);
    }

    /** The whole entry, a line a fact, as the dialog 監査ログの記録 shows it. */
    public String entry(AuditRecord record) {
        AuditEntry entry = record.entry();
        List<String> lines = new ArrayList<>();
        lines.add(line("audit.column.when", messages.get("audit.entry.japanTime", when(entry.at()))));
        entry.entered().ifPresentOrElse(entered -> {
            lines.add(line("audit.entry.kiosk", entered.place()));
            lines.add(line("audit.entry.kioskClock", messages.get("audit.entry.japanTime", when(entered.at()))));
            lines.add(line("audit.entry.homeClock", messages.get("audit.entry.japanTime", when(entry.at()))));
        }, () -> lines.add(line("audit.column.desk", record.desk())));
        lines.add(line("audit.column.actor", actor(entry.actor())
                + entry.actor().role().map(role -> messages.get("audit.entry.role", messages.get(role.labelKey())))
                .orElse("")));
        record.companyName().ifPresent(company -> lines.add(line("audit.column.company", company)));
        record.accountLoginId().ifPresent(loginId -> lines.add(line("audit.column.loginId", loginId)));
        lines.add(line("audit.column.action", action(entry)));
        List<String> parts = parts(entry.detail());
        if (parts.isEmpty()) {
            lines.add(line("audit.entry.detail", messages.get("audit.entry.noDetail")));
        } else {
            lines.add(messages.get("audit.entry.detail") + ":");
            parts.forEach(part -> lines.add(messages.get("audit.entry.part", part)));
        }
        return String.join("\n", lines);
    }

    private String line(String labelKey, String value) {
        return messages.get("audit.detail.named", messages.get(labelKey), value);
    }

    private String named(AuditDetail.Named named) {
        String label = NAMES.get(named.name());
        if (label == null) {
            return named.name() + "=" + named.value();
        }
        return messages.get("audit.detail.named", messages.get(label), value(named));
    }

    private String value(AuditDetail.Named named) {
        String value = named.value();
        return switch (named.name()) {
            case "until", "validUntil", "before" -> moment(value);
            case "supportContactDiffers" -> messages.get(Boolean.parseBoolean(value)
                    ? "audit.detail.yes" : "audit.detail.no");
            case "role" -> roleLabel(value);
            case "days" -> messages.get("audit.detail.daysBefore", value);
            case "conflict" -> value.isEmpty() ? messages.get("audit.detail.none")
                    : Optional.ofNullable(CONFLICTS.get(value)).map(messages::get).orElse(value);
            case "as" -> Optional.ofNullable(APPLIED_AS.get(value)).map(messages::get).orElse(value);
            case "reason" -> reason(value);
            default -> orBlank(value);
        };
    }

    /** {@code contractor.companyName}: ご契約者・会社名. */
    private String field(String field) {
        String label = messages.has(FieldChanges.labelKey(field)) ? messages.get(FieldChanges.labelKey(field)) : field;
        int dot = field.lastIndexOf('.');
        String section = dot < 0 ? null : SECTIONS.get(field.substring(0, dot));
        return section == null ? label : messages.get("audit.detail.inSection", messages.get(section), label);
    }

    /** A refused bundle's reason by its words, with what was said with it; a typed reason as typed. */
    private String reason(String stored) {
        int colon = stored.indexOf(": ");
        String code = colon < 0 ? stored : stored.substring(0, colon);
        String key = BUNDLE_REFUSALS.get(code);
        if (key == null) {
            return orBlank(stored);
        }
        return colon < 0 ? messages.get(key)
                : messages.get("audit.detail.named", messages.get(key), stored.substring(colon + 2));
    }

    private String roleLabel(String stored) {
        try {
            return messages.get(Role.valueOf(stored).labelKey());
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    /** A moment or a day as stored ({@code 2026-12-07T05:00:00Z}, {@code 2026-12-07}), in Japan time. */
    private String moment(String stored) {
        try {
            return when(Instant.parse(stored));
        } catch (DateTimeParseException notAMoment) {
            try {
                return Formats.date(LocalDate.parse(stored));
            } catch (DateTimeParseException notADay) {
                return stored;
            }
        }
    }

    private String orBlank(String value) {
        return value.isEmpty() ? messages.get("audit.detail.blank") : value;
    }
}
