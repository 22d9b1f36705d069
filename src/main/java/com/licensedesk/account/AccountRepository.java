package com.licensedesk.account;

/** Customer accounts and their users. */
public interface AccountRepository {

    /** True when the login ID is in use, in any case. */
    boolean isLoginIdTaken(String loginId);

    /** Creates the account and returns its id; refuses a login ID already taken with {@link LoginIdTaken}. */
    long create(NewAccount account);

    long count();

    /** A login ID that is already some account's (compared regardless of case). */
    final class LoginIdTaken extends RuntimeException {
        public LoginIdTaken(String loginId) {
            super("Login ID already taken: " + loginId);
        }
    }
}
