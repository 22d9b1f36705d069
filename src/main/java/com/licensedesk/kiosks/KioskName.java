package com.licensedesk.kiosks;

import com.licensedesk.domain.FieldRule;
import com.licensedesk.domain.FieldSpec;
import com.licensedesk.domain.Text;
import java.util.regex.Pattern;

/** A kiosk's name: it names its files in a shared folder, so letters, digits, hyphens and underscores only. */
public final class KioskName {
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    public static final FieldSpec FIELD = FieldSpec.required("kioskName", typed -> Text.halfWidth(typed).strip(),
            FieldRule.of(value -> SHAPE.matcher(value).matches(), "kiosks.error.nameShape"));

    private KioskName() {
    }
}
