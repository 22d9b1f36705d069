package com.licensedesk.i18n;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import com.licensedesk.domain.Problem;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The screen and mail texts of one locale. {@code {vendor}} in any text is the configured vendor name (the manual's
 * トレンドマイクロ), so that FXML texts carry it too; {@code {0}}, {@code {1}} are message arguments.
 */
public final class Messages {
    public static final String BUNDLE = "messages";

    private final ResourceBundle bundle;
    private final String vendorName;
    private final Map<String, Messages> others = new ConcurrentHashMap<>();

    public Messages(Locale locale, String vendorName) {
        this.vendorName = vendorName;
        // No fallback to the machine's locale: Japanese (the root bundle) unless English is asked for.
        this.bundle = new VendorBundle(ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), vendorName);
    }

    /** The same texts in another language, such as a mail's recipient's: Japanese unless English is asked for. */
    public Messages in(Locale language) {
        String key = language.getLanguage().equals("en") ? "en" : "ja";
        if (key.equals(locale().getLanguage())) {
            return this;
        }
        return others.computeIfAbsent(key, k -> new Messages(Locale.forLanguageTag(k), vendorName));
    }

    /** The bundle as FXML wants it, with the vendor name already in place. */
    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }

    public String get(Problem problem) {
        return get(problem.messageKey(), problem.args().toArray());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    private static final class VendorBundle extends ResourceBundle {
        private final ResourceBundle texts;
        private final String vendor;

        VendorBundle(ResourceBundle texts, String vendor) {
            this.texts = texts;
            this.vendor = vendor;
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.containsKey(key) ? texts.getString(key).replace("{vendor}", vendor) : null;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.enumeration(texts.keySet());
        }

        @Override
        public Locale getLocale() {
            return texts.getLocale().getLanguage().isEmpty() ? Locale.JAPANESE : texts.getLocale();
        }
    }
}
