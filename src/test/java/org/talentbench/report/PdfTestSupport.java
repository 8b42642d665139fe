package org.talentbench.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** {@link PdfChecks} for the tests of other packages (services, CLI, GUI) that export PDFs. */
public final class PdfTestSupport {
    private PdfTestSupport() {
    }

    public static List<String> pdfA2bFailures(byte[] pdf) throws Exception {
        return PdfChecks.pdfA2bFailures(pdf);
    }

    public static String text(byte[] pdf) throws IOException {
        return PdfChecks.text(pdf);
    }

    /** The text of one page (1-based). */
    public static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    public static BufferedImage pageOne(byte[] pdf, int dpi, Path png) throws IOException {
        return PdfChecks.pageOne(pdf, dpi, png);
    }

    public static long inkedPixels(BufferedImage image) {
        return PdfChecks.inkedPixels(image);
    }
}
