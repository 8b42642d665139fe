package org.talentbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentbench.i18n.Language;
import org.talentbench.i18n.Messages;

/**
 * Characters the bundled Noto Sans SC lacks: drawn with an installed font where one has them, otherwise reported by
 * name and code and shown as [U+XXXX] — never a silent '#' or box. Whether this machine has a fallback font for a
 * character is found out here independently of the code under test (Java2D reads the font files, and the file's
 * own header tells TrueType outlines from CFF ones, which PDFBox cannot embed).
 */
class GlyphCoverageTest {
    private static final int YOSHI = 0x20BB7;
    private static final int GEORGIAN_NI = 0x10DC;

    @ParameterizedTest
    @ValueSource(strings = {"王晓明", "科研人员数据核对表", "创新能力质量贡献", "Wang Xiaoming 0123456789", "—·…（）：；，。%",
        "龑喆昇燚堃"})
    void bundledFontCoversCommonNamesAndPunctuation(String text) {
        GlyphCoverage.Result result = new GlyphCoverage(List.of()).check(text, "test");
        assertEquals(List.of(), result.missing());
        assertEquals(List.of(), result.fallbacks());
    }

    @Test
    void bundledFontLacksTheExtensionBCharacterUsedBelow() {
        assertFalse(GlyphCoverage.bundledFontHas(YOSHI));
        assertTrue(GlyphCoverage.bundledFontHas('王'));
    }

    @Test
    void rareCharacterInANameFallsBackOrIsReportedByCode() throws Exception {
        String name = "𠮷田明";
        Optional<Path> fallback = installedTrueTypeFontWith(YOSHI, defaultFontDirs());
        RenderedPdf pdf = new PdfRenderer().render(new VerificationSheet(ReportFixtures.letterhead(),
                ReportFixtures.researcher(name, "Yoshida Akira"), "人工智能研究所", ReportFixtures.outputs(),
                List.of(), Language.ZH, ReportFixtures.ISSUED));
        PdfChecks.pageOne(pdf.bytes(), 80, Path.of("target", "report-png", "rare-character-page1.png"));
        String text = ReportDocumentsTest.squeeze(PdfChecks.text(pdf.bytes()));
        if (fallback.isPresent()) {
            assertEquals(List.of(), pdf.missingGlyphs(), "this machine has " + fallback.get());
            assertFalse(pdf.fallbackFonts().isEmpty());
            assertTrue(text.contains(name), text);
        } else {
            assertEquals(1, pdf.missingGlyphs().size(), pdf.missingGlyphs().toString());
            MissingGlyph warning = pdf.missingGlyphs().get(0);
            assertEquals("U+20BB7", warning.unicode());
            assertEquals("𠮷", warning.character());
            assertTrue(warning.where().contains("田明"), warning.where());
            assertTrue(text.contains("[U+20BB7]田明"), text);
            assertTrue(warning.message(Messages.of(Language.ZH)).contains("U+20BB7"));
            assertTrue(warning.message(Messages.of(Language.EN)).contains("𠮷"));
        }
        assertFalse(text.contains("#"), "no silent replacement character");
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(pdf.bytes()));
    }

    @Test
    void withoutAnyFallbackFolderEveryLackingCharacterIsReported() throws IOException {
        PdfRenderer renderer = new PdfRenderer(new GlyphCoverage(List.of()));
        RenderedPdf pdf = renderer.render(new VerificationSheet(ReportFixtures.letterhead(),
                ReportFixtures.researcher("王𠮷", "Nino ნინო"), "", List.of(), List.of(), Language.EN,
                ReportFixtures.ISSUED));
        List<String> codes = pdf.missingGlyphs().stream().map(MissingGlyph::unicode).toList();
        assertEquals(List.of("U+20BB7", "U+10DC", "U+10D8", "U+10DD"), codes);
        String text = ReportDocumentsTest.squeeze(PdfChecks.text(pdf.bytes()));
        assertTrue(text.contains("王[U+20BB7]"), text);
        assertTrue(text.contains("Nino[U+10DC][U+10D8][U+10DC][U+10DD]"), text);
    }

    @Test
    void aFontInTheFallbackFolderIsEmbeddedForCharactersTheBundledFontLacks(@TempDir Path dir) throws Exception {
        Optional<Path> georgian = installedTrueTypeFontWith(GEORGIAN_NI, defaultFontDirs());
        Assumptions.assumeTrue(georgian.isPresent(), "no installed TrueType font with Georgian letters");
        Path copy = dir.resolve("fallback.ttf");
        Files.copy(georgian.get(), copy);

        RenderedPdf pdf = new PdfRenderer(new GlyphCoverage(List.of(dir))).render(new VerificationSheet(
                ReportFixtures.letterhead(), ReportFixtures.researcher("王晓明", "Nino ნინო"), "", List.of(),
                List.of(), Language.EN, ReportFixtures.ISSUED));

        PdfChecks.pageOne(pdf.bytes(), 80, Path.of("target", "report-png", "fallback-font-page1.png"));
        assertEquals(List.of(), pdf.missingGlyphs());
        assertEquals(1, pdf.fallbackFonts().size());
        assertEquals(copy, pdf.fallbackFonts().get(0).file());
        String text = ReportDocumentsTest.squeeze(PdfChecks.text(pdf.bytes()));
        assertTrue(text.contains("Ninoნინო"), text);
        assertTrue(text.contains("王晓明"), text);
        assertEquals(List.of(), PdfChecks.pdfA2bFailures(pdf.bytes()));
    }

    @Test
    void controlAndFormatCharactersNeedNoGlyph() {
        assertFalse(GlyphCoverage.needsGlyph('\n'));
        assertFalse(GlyphCoverage.needsGlyph(0x200B));
        assertFalse(GlyphCoverage.needsGlyph(0xAD));
        assertTrue(GlyphCoverage.needsGlyph(YOSHI));
    }

    private static List<Path> defaultFontDirs() {
        String home = System.getProperty("user.home");
        List<Path> dirs = new ArrayList<>(List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
                Path.of(home, ".fonts"), Path.of(home, ".local", "share", "fonts"), Path.of(home, "Library", "Fonts"),
                Path.of("/Library/Fonts"), Path.of("/System/Library/Fonts"), Path.of("C:\\Windows\\Fonts")));
        if (System.getenv("WINDIR") != null) {
            dirs.add(Path.of(System.getenv("WINDIR"), "Fonts"));
        }
        if (System.getenv("LOCALAPPDATA") != null) {
            dirs.add(Path.of(System.getenv("LOCALAPPDATA"), "Microsoft", "Windows", "Fonts"));
        }
        return dirs;
    }

    /** A .ttf or .ttc (first font) with TrueType outlines that Java2D says can show {@code codePoint}. */
    static Optional<Path> installedTrueTypeFontWith(int codePoint, List<Path> dirs) {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir, 6)) {
                files = s.filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return Files.isRegularFile(p) && (n.endsWith(".ttf") || n.endsWith(".ttc"));
                }).sorted().toList();
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (Path f : files) {
                try {
                    if (hasTrueTypeOutlines(f) && Font.createFonts(f.toFile())[0].canDisplay(codePoint)) {
                        return Optional.of(f);
                    }
                } catch (Exception e) {
                    // not a font Java2D can read: not a candidate
                }
            }
        }
        return Optional.empty();
    }

    /** The sfnt version of the (first) font: 0x00010000 or 'true' for TrueType outlines, 'OTTO' for CFF. */
    private static boolean hasTrueTypeOutlines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            int tag = readInt(head, 0);
            if (tag == 0x74746366) { // 'ttcf'
                int offset = readInt(head, 12);
                try (InputStream again = Files.newInputStream(file)) {
                    again.skipNBytes(offset);
                    tag = readInt(again.readNBytes(4), 0);
                }
            }
            return tag == 0x00010000 || tag == 0x74727565; // 'true'
        }
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
