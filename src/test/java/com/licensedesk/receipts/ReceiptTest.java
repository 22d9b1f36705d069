package com.licensedesk.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import com.licensedesk.catalog.DemoCatalog;
import com.licensedesk.session.Role;
import com.licensedesk.session.StaffMember;
import com.licensedesk.testing.AnsweringDialogs;
import com.licensedesk.testing.Fixtures;
import com.licensedesk.testing.TestDesk;
import com.licensedesk.ui.Dialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The receipt: what it says, and its PDF read back by PDFBox, Japanese included. */
class ReceiptTest {
    @RegisterExtension final TestDesk desk = TestDesk.withDemoCatalogue().with(options -> options.deskName("窓口1"));
    @TempDir Path folder;
    private long accountId;

    @BeforeEach
    void open() {
        accountId = desk.register(Fixtures.registration(DemoCatalog.REGISTRATION_KEY, "Tanaka_01"));
    }

    @Test
    void theReceiptSavedAsPdfHoldsTheCompanyTheKeyAndTheExpiry() throws Exception {
        Receipt receipt = desk.services().receipts.receipt(accountId,
                List.of(Fixtures.key(DemoCatalog.REGISTRATION_KEY)), new StaffMember(1, "desk.admin", "佐藤 花子", Role.ADMIN));
        assertThat(receipt.maskedLoginId()).isEqualTo("Ta*****01");
        AnsweringDialogs dialogs = new AnsweringDialogs();
        ReceiptViewModel viewModel = new ReceiptViewModel(Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE, () -> { });
        viewModel.show(receipt);
        assertThat(viewModel.lines()).anySatisfy(line -> assertThat(line).contains(DemoCatalog.REGISTRATION_KEY));

        Path pdf = folder.resolve("receipt.pdf");
        dialogs.choosing(pdf);
        viewModel.savePdf();
        assertThat(dialogs.asked()).singleElement().satisfies(asked -> {
            assertThat(asked.detail()).as("the name offered").isEqualTo("登録控え_Ta_____01.pdf");
            assertThat(asked.file()).hasValue(Dialogs.FileKind.PDF);
        });
        assertThat(viewModel.banner().text()).startsWith("控えをPDFで保存しました");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ライセンス登録の控え").contains("サンプル株式会社")
                    .contains(DemoCatalog.REGISTRATION_KEY).contains("2027/11/24").contains("Ta*****01")
                    .contains("佐藤 花子").doesNotContain("Tanaka_01");
        }
        assertThat(Files.exists(folder.resolve("receipt.pdf.part"))).isFalse();
    }

    @Test
    void theSavedPdfIsReadableByItsOwnerOnly() throws Exception {
        Receipt receipt = desk.services().receipts.receipt(accountId,
                List.of(Fixtures.key(DemoCatalog.REGISTRATION_KEY)), new StaffMember(1, "desk.admin", "佐藤 花子", Role.ADMIN));
        AnsweringDialogs dialogs = new AnsweringDialogs();
        ReceiptViewModel viewModel = new ReceiptViewModel(Fixtures.IN_PLACE, dialogs, Fixtures.JAPANESE, () -> { });
        viewModel.show(receipt);
        Path pdf = folder.resolve("receipt.pdf");
        dialogs.choosing(pdf);

        viewModel.savePdf();

        assertThat(Files.getPosixFilePermissions(pdf)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(pdf);
        }
    }

    @Test
    void masksKeepTheEndsOnly() {
        assertThat(Receipt.mask("abcd")).isEqualTo("a***");
        assertThat(Receipt.mask("desk.user@x")).isEqualTo("de*******@x");
    }
}
