package com.licensedesk.i18n;

import java.util.Locale;

/** The language each customer registered in: their mail is written in it, whatever the desk's language. */
public interface Languages {

    Locale languageOf(long accountId);
}
