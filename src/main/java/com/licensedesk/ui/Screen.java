package com.licensedesk.ui;

/** The screens of the application, named as the manual names them. */
public enum Screen {
    /** ユーザ登録 */
    START,
    /** 製品情報を確認 (first registration) */
    PRODUCT_CHECK,
    /** The registration form's five sections */
    REGISTRATION_FORM,
    /** 登録情報を入力してください */
    LOGIN,
    /** Settings for the IT person, behind the settings PIN */
    SETTINGS,
    /** パスワードのリセット (パスワードをお忘れの場合) */
    RESET_REQUEST,
    /** メールを確認してください */
    RESET_MAIL_SENT,
    /** パスワードのリセット: the code, the login ID, a new password */
    RESET,
    /** ログインパスワードが変更されました。 */
    RESET_DONE,
    /** 製品/サービス */
    PRODUCTS,
    /** ライセンスキー (adding a key) */
    ADD_KEY,
    /** 製品情報を確認 (adding a key) */
    ADD_KEY_CHECK,
    /** 会社情報 */
    COMPANY_INFO,
    /** ユーザ登録情報 */
    USER_INFO,
    /** 2要素認証 */
    TWO_FACTOR;

    /** Screens that show an account's data: only with someone signed in, and closed when the session ends. */
    public boolean needsSignIn() {
        return switch (this) {
            case START, PRODUCT_CHECK, REGISTRATION_FORM, LOGIN, SETTINGS, RESET_REQUEST, RESET_MAIL_SENT, RESET,
                    RESET_DONE ->
                    false;
            default -> true;
        };
    }
}
