package com.licensedesk.ui;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Window;

/** Prints a node on the system's printer through JavaFX's print dialog. */
public final class Printing {
    /** What came of a print. */
    public enum Outcome { PRINTED, CANCELLED, NO_PRINTER }

    private Printing() {
    }

    /** Lines under a title laid out as a page: the same for the screen and the printer. */
    public static VBox page(String title, List<String> lines) {
        VBox page = new VBox(4);
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        page.getChildren().add(heading);
        for (String line : lines) {
            Label label = new Label(line);
            label.setWrapText(true);
            page.getChildren().add(label);
        }
        page.getStyleClass().add("print-page");
        return page;
    }

    public static Outcome print(Node page, Window owner) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return Outcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner)) {
            return Outcome.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        double scale = Math.min(1, Math.min(layout.getPrintableWidth() / page.getBoundsInParent().getWidth(),
                layout.getPrintableHeight() / page.getBoundsInParent().getHeight()));
        Scale fit = new Scale(scale, scale);
        page.getTransforms().add(fit);
        boolean printed = job.printPage(page);
        page.getTransforms().remove(fit);
        if (printed) {
            job.endJob();
            return Outcome.PRINTED;
        }
        return Outcome.CANCELLED;
    }
}
