package com.licensedesk.change;

import com.licensedesk.audit.AuditAction;
import com.licensedesk.mail.NewMail;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a handler did: its answer to the caller, the mail it asks for and what the audit log says of it. A change that
 * changed nothing asks for no mail and no audit entry, and leaves no journal entry.
 */
public record Outcome<R>(R result, List<NewMail> mails, List<Audited> audit, boolean changed) {

    /** One entry of the audit log: the account it concerns (if any), the action and its details. */
    public record Audited(Optional<Long> accountId, AuditAction action, String detail) {
    }

    public Outcome {
        mails = List.copyOf(mails);
        audit = List.copyOf(audit);
    }

    /** A change that wrote: with its audit entries and mail still to add. */
    public static <R> Outcome<R> changed(R result) {
        return new Outcome<>(result, List.of(), List.of(), true);
    }

    /** Nothing differed: nothing written, mailed, audited or journalled. */
    public static <R> Outcome<R> unchanged(R result) {
        return new Outcome<>(result, List.of(), List.of(), false);
    }

    /** An event that is audited but changed no customer's data (a sign-in, a refusal). */
    public static <R> Outcome<R> event(R result, Optional<Long> accountId, AuditAction action, String detail) {
        return new Outcome<>(result, List.of(), List.of(new Audited(accountId, action, detail)), false);
    }

    public Outcome<R> audited(Optional<Long> accountId, AuditAction action, String detail) {
        List<Audited> more = new ArrayList<>(audit);
        more.add(new Audited(accountId, action, detail));
        return new Outcome<>(result, mails, more, changed);
    }

    public Outcome<R> audited(long accountId, AuditAction action, String detail) {
        return audited(Optional.of(accountId), action, detail);
    }

    public Outcome<R> mailing(List<NewMail> more) {
        List<NewMail> all = new ArrayList<>(mails);
        all.addAll(more);
        return new Outcome<>(result, all, audit, changed);
    }

    public Outcome<R> mailing(NewMail mail) {
        return mailing(List.of(mail));
    }
}
