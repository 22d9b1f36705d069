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
    /** 製品/サービス */
    PRODUCTS,
    /** ライセンスキー (adding a key) */
    ADD_KEY,
    /** 製品情報を確認 (adding a key) */
    ADD_KEY_CHECK,
    /** 会社情報 */
    COMPANY_INFO,
    /** ユーザ登録情報 */
    USER_INFO;

    /** Screens that show an account's data: only with someone signed in, and closed when the session ends. */
    public boolean needsSignIn() {
        return this != START && this != PRODUCT_CHECK && this != REGISTRATION_FORM && this != LOGIN;
    }
}
