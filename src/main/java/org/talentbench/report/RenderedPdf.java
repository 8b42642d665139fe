package org.talentbench.report;

import java.util.List;
import java.util.Objects;

/**
 * A rendered PDF/A-2b document and what the person exporting must be told about it.
 *
 * @param bytes           the PDF file's content
 * @param missingGlyphs   characters no available font has, shown as {@code [U+XXXX]} in the PDF; empty when all is
 *                        well. The CLI prints them, the GUI shows them.
 * @param fallbackFonts   installed fonts embedded for characters the bundled font lacks
 */
public record RenderedPdf(byte[] bytes, List<MissingGlyph> missingGlyphs, List<GlyphCoverage.FallbackFont> fallbackFonts) {
    public RenderedPdf {
        Objects.requireNonNull(bytes, "bytes");
        missingGlyphs = List.copyOf(missingGlyphs);
        fallbackFonts = List.copyOf(fallbackFonts);
    }

    public boolean hasWarnings() {
        return !missingGlyphs.isEmpty();
    }
}
