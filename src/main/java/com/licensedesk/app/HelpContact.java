package com.licensedesk.app;

import com.licensedesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ヘルプ > お問い合わせ: the manual's table of what to do, then the support desk that the reseller configures (its phone
 * number, opening hours and web form, each optional), as the manual's 法人お問合せ窓口 shows the vendor's.
 */
final class HelpContact {
    static final String PHONE = "licensedesk.help.phone";
    static final String HOURS = "licensedesk.help.hours";
    static final String WEB = "licensedesk.help.web";

    private HelpContact() {
    }

    static String of(Config config, Messages messages) {
        List<String> desk = new ArrayList<>();
        given(config, PHONE).ifPresent(phone -> desk.add(messages.get("help.contact.phone", phone)));
        given(config, HOURS).ifPresent(hours -> desk.add(messages.get("help.contact.hours", hours)));
        given(config, WEB).ifPresent(web -> desk.add(messages.get("help.contact.web", web)));
        String text = messages.get("help.contact.text") + "\n\n" + messages.get("help.contact.window") + "\n";
        return text + (desk.isEmpty() ? messages.get("help.contact.none") : String.join("\n", desk));
    }

    private static Optional<String> given(Config config, String property) {
        return config.get(property).map(String::strip).filter(value -> !value.isEmpty());
    }
}
