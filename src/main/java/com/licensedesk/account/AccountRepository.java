package com.licensedesk.account;

import com.licensedesk.company.ContactPerson;

/** Customer accounts and their users. */
public interface AccountRepository {

    /** True when the login ID is in use, in any case. */
    boolean isLoginIdTaken(String loginId);

    /** Creates the account and returns its id; refuses a login ID already taken with {@link LoginIdTaken}. */
    long create(NewAccount account);

    /** The user information (ユーザ登録情報) of the account. */
    ContactPerson user(long accountId);

    /** The version of the user information: a save names the one it was made from. */
    int userVersion(long accountId);

    /** Changes the user information if it is still at {@code version}; false when another desk saved it meanwhile. */
    boolean updateUser(long accountId, ContactPerson user, int version);

    long count();

    /** A login ID that is already some account's (compared regardless of case). */
    final class LoginIdTaken extends RuntimeException {
        public LoginIdTaken(String loginId) {
            super("Login ID already taken: " + loginId);
        }
    }
}
