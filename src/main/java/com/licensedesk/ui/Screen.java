package com.licensedesk.ui;

/** The screens of the application, named as the manual names them. */
public enum Screen {
    /** ユーザ登録 */
    START,
    /** 製品情報を確認 (first registration) */
    PRODUCT_CHECK,
    /** The registration form's five sections */
    REGISTRATION_FORM,
    /** 製品/サービス */
    PRODUCTS
}
