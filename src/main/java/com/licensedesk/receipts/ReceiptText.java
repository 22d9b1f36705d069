package com.licensedesk.receipts;

import com.licensedesk.i18n.Messages;
import com.licensedesk.ui.Formats;
import java.util.ArrayList;
import java.util.List;

/** The receipt's lines in the screen's language: the same text on screen, on paper and in the PDF. */
public final class ReceiptText {
    private ReceiptText() {
    }

    /** The title, then sections of lines; a line starting with two spaces belongs to the entry above. */
    public static List<String> lines(Receipt receipt, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("receipt.company", receipt.companyName()));
        lines.add(messages.get("receipt.loginId", receipt.maskedLoginId()));
        lines.add("");
        lines.add(messages.get("receipt.products"));
        for (Receipt.Line line : receipt.lines()) {
            lines.add("・" + line.product());
            lines.add("  " + messages.get("receipt.key", line.key()));
            lines.add("  " + messages.get("receipt.seatsAndExpiry", line.seats(), Formats.date(line.expires())));
        }
        lines.add("");
        lines.add(messages.get("receipt.support", receipt.supportContactName(), receipt.supportEmail()));
        lines.add("");
        lines.add(messages.get("receipt.next"));
        lines.add("");
        lines.add(messages.get("receipt.issued", Formats.dateTime(receipt.issuedAt()), receipt.desk(),
                receipt.operatorName()));
        return lines;
    }
}
