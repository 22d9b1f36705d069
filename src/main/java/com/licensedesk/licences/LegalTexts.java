package com.licensedesk.licences;

import com.licensedesk.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The licence agreement (使用許諾契約書) and the privacy policy, as shipped in {@code /legal/}. The agreement's version
 * is recorded with every licence, so a changed text must come with a new version.
 */
public final class LegalTexts {
    public static final String AGREEMENT_VERSION = "2026-11";
    private final String vendorName;
    private final String language;

    public LegalTexts(String vendorName, Messages messages) {
        this.vendorName = vendorName;
        this.language = messages.locale().getLanguage().equals("en") ? "en" : "ja";
    }

    public String agreementVersion() {
        return AGREEMENT_VERSION;
    }

    public String agreement() {
        return read("licence-agreement");
    }

    public String privacyPolicy() {
        return read("privacy-policy");
    }

    private String read(String name) {
        String path = "/legal/" + name + "_" + language + ".txt";
        try (InputStream in = LegalTexts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{vendor}", vendorName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
