package com.licensedesk.app;

import com.licensedesk.settings.Settings;
import com.licensedesk.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * ヘルプ > お問い合わせ: the manual's table of what to do, then the support lines that the reseller configures (its phone
 * number, opening hours and web form, each optional), as the manual's 法人お問合せ窓口 shows the vendor's.
 */
final class HelpContact {
    private HelpContact() {
    }

    static String of(Settings config, Messages messages) {
        List<String> lines = new ArrayList<>();
        config.helpPhone().ifPresent(phone -> lines.add(messages.get("help.contact.phone", phone)));
        config.helpHours().ifPresent(hours -> lines.add(messages.get("help.contact.hours", hours)));
        config.helpWeb().ifPresent(web -> lines.add(messages.get("help.contact.web", web)));
        String text = messages.get("help.contact.text") + "\n\n" + messages.get("help.contact.window") + "\n";
        return text + (lines.isEmpty() ? messages.get("help.contact.none") : String.join("\n", lines));
    }
}
