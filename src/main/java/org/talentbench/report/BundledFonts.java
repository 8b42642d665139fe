package org.talentbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts shipped with TalentBench: Noto Sans SC Regular (400) and Bold (700), SIL Open Font License, TrueType so
 * that PDFBox can embed subsets. Reading them costs about half a second, so the bytes and the set of characters they
 * cover are read once per process; parsed {@link TrueTypeFont}s are made per {@link PdfRenderer}, because PDFBox
 * font objects are not safe to share between threads.
 */
final class BundledFonts {
    /** The CSS family name documents use. */
    static final String FAMILY = "Noto Sans SC";
    private static final String DIR = "/org/talentbench/fonts/";
    static final String REGULAR = "NotoSansSC-Regular.ttf";
    static final String BOLD = "NotoSansSC-Bold.ttf";

    private BundledFonts() {
    }

    private static final class Holder {
        static final byte[] REGULAR_BYTES = read(REGULAR);
        static final byte[] BOLD_BYTES = read(BOLD);
        static final BitSet COVERAGE = computeCoverage();
    }

    static byte[] regularBytes() {
        return Holder.REGULAR_BYTES;
    }

    static byte[] boldBytes() {
        return Holder.BOLD_BYTES;
    }

    /** Code points both weights have a glyph for. Never modify the returned set. */
    static BitSet coverage() {
        return Holder.COVERAGE;
    }

    /** A freshly parsed font, ready to embed; the caller closes it. */
    static TrueTypeFont parse(byte[] bytes) throws IOException {
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        withoutGlyphSubstitution(ttf);
        return ttf;
    }

    /**
     * Turns off PDFBox's glyph substitution (GSUB) for a font to embed. openhtmltopdf measures text without it, so
     * substituted ligatures would be drawn wider or narrower than laid out; Chinese needs none; and applying it to
     * every text run costs about a sixth of the rendering time.
     */
    static void withoutGlyphSubstitution(TrueTypeFont ttf) {
        ttf.setEnableGsub(false);
    }

    private static byte[] read(String file) {
        try (InputStream in = BundledFonts.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable: " + file, e);
        }
    }

    private static BitSet computeCoverage() {
        try (TrueTypeFont regular = parse(Holder.REGULAR_BYTES); TrueTypeFont bold = parse(Holder.BOLD_BYTES)) {
            BitSet covered = codePoints(regular.getUnicodeCmapLookup(false));
            covered.and(codePoints(bold.getUnicodeCmapLookup(false)));
            return covered;
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable", e);
        }
    }

    /** Every code point the cmap maps to a real glyph (not .notdef). */
    static BitSet codePoints(CmapLookup cmap) {
        BitSet set = new BitSet(0x30000);
        for (int cp = 0x20; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp == 0xD800) {
                cp = 0xE000;
            }
            if (cmap.getGlyphId(cp) > 0) {
                set.set(cp);
            }
        }
        return set;
    }
}
