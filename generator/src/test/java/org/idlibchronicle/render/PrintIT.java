package org.idlibchronicle.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.idlibchronicle.testsupport.Chromium;
import org.idlibchronicle.testsupport.RealSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * Issue 30 (review #16): a page printed by Chromium on A4, as a reader prints it (the print
 * stylesheet, the browser's default margins of 1 cm), fits the record on paper: the longest event
 * of the real record on at most 2 pages. The PDFs, and each of their pages as a PNG, go to
 * {@code <build dir>/print} for a person to look at.
 */
class PrintIT {
    private static final Path OUT = buildDir().resolve("print");
    private ChromeDriver browser;

    private static Path buildDir() {
        try {
            return Path.of(PrintIT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void startBrowser() {
        Chromium.assumeAvailable();
        browser = Chromium.start(1280, 900);
    }

    @AfterEach
    void quit() {
        if (browser != null) browser.quit();
    }

    /** The page of {@code folder} whose main text is longest: the one that needs most paper. */
    private static String longest(String folder) {
        return RealSite.pages().stream().filter(p -> p.startsWith(folder) && !p.endsWith("index.html"))
                .max(Comparator.comparingInt(PrintIT::textLength)).orElseThrow();
    }

    private static int textLength(String page) {
        try {
            var doc = Jsoup.parse(RealSite.site().resolve(page).toFile());
            return doc.selectFirst("main") == null ? 0 : doc.selectFirst("main").text().length();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The text of the last page printed. */
    private String printedText;

    /** Prints {@code page} on A4 and returns its number of sheets; the PDF and its pages are kept under {@code name}. */
    private int printedPages(String page, String name) throws Exception {
        browser.get(RealSite.site().resolve(page).toUri().toString());
        PrintOptions a4 = new PrintOptions();
        a4.setPageSize(new PageSize(29.7, 21.0));
        a4.setPageMargin(new PageMargin(1.0, 1.0, 1.0, 1.0));
        a4.setBackground(false);
        byte[] pdf = Base64.getDecoder().decode(browser.print(a4).getContent());
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage sheet = renderer.renderImageWithDPI(i, 60);
                ImageIO.write(sheet, "png", OUT.resolve(name + "-page-" + (i + 1) + ".png").toFile());
            }
            printedText = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            System.out.println(page + " printed on " + doc.getNumberOfPages() + " A4 pages");
            return doc.getNumberOfPages();
        }
    }

    @Test
    void theLongestEventPrintsOnAtMostTwoA4Pages() throws Exception {
        String event = longest("events/");
        int pages = printedPages(event, "event");
        assertTrue(pages <= 2, event + " prints on " + pages + " A4 pages (see " + OUT + ")");
        // Its sources' addresses are printed as a reader would type them, letters and not percent-escapes.
        assertTrue(printedText.contains("<https://"), "the notes print their sources' addresses");
        assertTrue(!printedText.contains("%E2%80%93"), "an address printed with its en dash escaped");
    }

    @Test
    void theLongestAgreementPrintsOnAFewA4Pages() throws Exception {
        String agreement = longest("agreements/");
        int pages = printedPages(agreement, "agreement");
        assertTrue(pages <= 6, agreement + " prints on " + pages + " A4 pages (see " + OUT + ")");
    }
}
