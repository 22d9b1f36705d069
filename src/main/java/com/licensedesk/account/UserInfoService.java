package com.licensedesk.account;

import com.licensedesk.audit.AuditAction;

import com.licensedesk.domain.InvalidInput;

import com.licensedesk.change.ChangeContext;
import com.licensedesk.change.ChangePipeline;
import com.licensedesk.change.AccountCommand;
import com.licensedesk.change.Outcome;
import com.licensedesk.change.VersionedSave;
import com.licensedesk.company.AccountChangeMail;
import com.licensedesk.company.ContactPerson;
import com.licensedesk.domain.FieldChanges;
import com.licensedesk.session.Acting;

/**
 * ユーザ登録情報: the user's mail address, name, department and numbers, saved with a mail to the user (and a notice
 * to the old address when it changed) and an audit record, in one transaction.
 */
public final class UserInfoService {
    static final String SCREEN = "userInfo.title";

    private final AccountRepository accounts;
    private final ChangePipeline pipeline;
    private final AccountChangeMail mail;

    public UserInfoService(AccountRepository accounts, ChangePipeline pipeline, AccountChangeMail mail) {
        this.accounts = accounts;
        this.pipeline = pipeline;
        this.mail = mail;
    }

    /** The user information as stored, with the version a save is made from. */
    public record StoredUser(ContactPerson user, int version) {
    }

    public StoredUser user(long accountId) {
        return new StoredUser(accounts.user(accountId), accounts.userVersion(accountId));
    }

    /**
     * 送信, made from the user information at {@code version}; {@link com.licensedesk.change.ChangedElsewhere} (with
     * the {@link StoredUser} stored now) when another desk saved it since.
     */
    public FieldChanges save(Acting acting, ContactPerson user, int version) {
        return pipeline.run(acting.actor(), new SaveUserInfo(acting.accountId(), acting.loginId(), user, version),
                this::save);
    }

    /** The handler of {@link SaveUserInfo}. */
    public Outcome<FieldChanges> save(SaveUserInfo command, ChangeContext context) {
        ContactPerson user = command.user();
        user.checkInto(new InvalidInput.Check(), "").refuseIfAny();
        Acting acting = new Acting(command.accountId(), command.loginId(), context.actor());
        return VersionedSave.of(acting.accountId(), AuditAction.USER_CHANGED, () -> user(acting.accountId()),
                before -> before.version() == command.version(),
                before -> new FieldChanges().include("user", before.user().changesTo(user)),
                () -> accounts.updateUser(acting.accountId(), user, command.version()),
                (before, changed) -> mail.confirmation(user.email(), before.user().email(), acting, SCREEN, changed));
    }

    /** ユーザ登録情報 → 送信, made from the user information at {@code version}. */
    public record SaveUserInfo(long accountId, String loginId, ContactPerson user, int version)
            implements AccountCommand {
        @Override
        public SaveUserInfo onAccount(long accountId, String loginId) {
            return new SaveUserInfo(accountId, loginId, user, version);
        }
    }
}
