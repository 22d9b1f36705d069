package com.licensedesk.receipts;

import com.licensedesk.files.OwnerOnly;
import com.licensedesk.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import com.licensedesk.ui.BundledFont;

/**
 * The receipt as an A4 PDF, with the bundled BIZ UDPGothic embedded (as a subset), so that it shows the same on any
 * machine. Written beside the target and moved in place: a PDF is whole or not there, and only its owner may read it.
 */
public final class ReceiptPdf {
    private static final float MARGIN = 56;
    private static final float SIZE = 11;
    private static final float LEADING = 17;

    private ReceiptPdf() {
    }

    public static void write(Receipt receipt, Messages messages, Path target) {
        OwnerOnly.write(target, out -> write(receipt, messages, out));
    }

    private static void write(Receipt receipt, Messages messages, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont regular = font(document, BundledFont.REGULAR);
            PDFont bold = font(document, BundledFont.BOLD);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float y = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(bold, 18);
                text.newLineAtOffset(MARGIN, y);
                text.showText(messages.get("receipt.title"));
                text.setFont(regular, SIZE);
                text.setLeading(LEADING);
                text.newLine();
                text.newLine();
                for (String line : ReceiptText.lines(receipt, messages)) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.getDocumentInformation().setTitle(messages.get("receipt.title"));
            document.save(out);
        }
    }

    private static PDFont font(PDDocument document, String resource) throws IOException {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The font " + resource + " is missing from the application");
            }
            return PDType0Font.load(document, in, true);
        }
    }
}
