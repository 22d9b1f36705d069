package com.licensedesk.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.testing.Fixtures;
import com.licensedesk.ui.Banner;
import org.junit.jupiter.api.Test;

/** A check box that must be ticked counts on the banner as a field does, and its reason goes as it is ticked. */
class FormCheckTest {
    private final FormField name = FormField.named("companyName").required().build();
    private final FormCheck agreement = FormCheck.mustBeTicked("eulaCheck", "check.eula.required");
    private final Form form = Form.joining(Form.of(name), Form.checking(agreement));

    @Test
    void anUntickedBoxIsRefusedAndCountedWithTheFields() {
        assertThat(form.validate(Fixtures.JAPANESE)).isEqualTo(2);
        assertThat(agreement.error().get()).startsWith("続行するには、使用許諾契約書に同意してください");
        Banner banner = new Banner();
        banner.fieldsNeedAttention(Fixtures.JAPANESE, form);
        assertThat(banner.text()).isEqualTo("入力内容を確認してください。2件の項目に誤りがあります。");

        agreement.ticked().set(true);
        assertThat(agreement.hasError()).as("gone as soon as it is ticked").isFalse();
        assertThat(banner.text()).isEqualTo("入力内容を確認してください。1件の項目に誤りがあります。");
        assertThat(form.check("eulaCheck")).isSameAs(agreement);
    }

    @Test
    void clearingUnticksTheBoxForTheNextPerson() {
        agreement.ticked().set(true);
        name.text().set("サンプル株式会社");
        assertThat(form.validate(Fixtures.JAPANESE)).isZero();

        form.clear();
        assertThat(agreement.isTicked()).isFalse();
        assertThat(name.text().get()).isEmpty();
        agreement.validate(Fixtures.JAPANESE);
        form.clear();
        assertThat(agreement.hasError()).isFalse();
    }
}
