package org.talentbench.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Renders the XHTML of a {@link ReportDocument} to an archival PDF: PDF/A-2b with an sRGB output intent, XMP and
 * document-information metadata taken from the head ({@code <title>}, {@code <meta name="author|subject|keywords">}),
 * the creation date, bookmarks from {@code <bookmarks>}, text embedded as subsets of Noto Sans SC (400 and 700) so it
 * can be searched and copied, and inline SVG drawn as vectors.
 *
 * <p>Before rendering, {@link GlyphCoverage} checks every character shown: characters the bundled font lacks are
 * drawn with an installed font that has them; characters no font has are written as a visible {@code [U+XXXX]} and
 * returned as {@link MissingGlyph} warnings, which the caller must show. Nothing is fetched from outside the
 * document: only {@code data:} URIs are loaded.
 *
 * <p>openhtmltopdf's own log is sent to SLF4J (logger {@code com.openhtmltopdf}) once this class is loaded.
 *
 * <p>Thread-safe: renders on one instance run one at a time, because they share the parsed fonts (reading them takes
 * about half a second, so keep an instance rather than making one per document). For parallel batch exports give
 * each thread its own instance.
 */
public final class PdfRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static final String PRODUCER = "TalentBench (openhtmltopdf, Apache PDFBox)";
    private static final String MISSING_CLASS = "tb-missing-glyph";
    /** Generic CSS families mapped to the bundled font, so that nothing resolves to an unembedded base font. */
    private static final List<String> GENERIC_FAMILIES = List.of("sans-serif", "serif", "monospace");

    static {
        XRLog.setLoggerImpl(new Slf4jXrLogger());
    }

    private final GlyphCoverage coverage;
    private TrueTypeFont regular;
    private TrueTypeFont bold;

    /** A renderer that looks for fallback fonts in the usual font folders. */
    public PdfRenderer() {
        this(new GlyphCoverage());
    }

    public PdfRenderer(GlyphCoverage coverage) {
        this.coverage = coverage;
    }

    /** Renders a document; see {@link #render(String)}. */
    public RenderedPdf render(ReportDocument document) throws IOException {
        return render(document.toXhtml());
    }

    /** Renders a document into {@code file}; see {@link #renderTo(String, Path)}. */
    public List<MissingGlyph> renderTo(ReportDocument document, Path file) throws IOException {
        return renderTo(document.toXhtml(), file);
    }

    /**
     * Renders XHTML into {@code file}, creating its folder and replacing the file only once the PDF is complete (an
     * existing file is never left half-written); returns the warnings to show.
     */
    public List<MissingGlyph> renderTo(String xhtml, Path file) throws IOException {
        RenderedPdf pdf = render(xhtml);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = Files.createTempFile(dir, ".talentbench-", ".pdf.part");
        try {
            Files.write(tmp, pdf.bytes());
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return pdf.missingGlyphs();
    }

    /**
     * Renders well-formed XHTML (as {@link Templates} writes it) to PDF/A-2b.
     *
     * @throws IllegalArgumentException when {@code xhtml} is not well-formed XML
     * @throws IOException              when PDF writing fails
     */
    public synchronized RenderedPdf render(String xhtml) throws IOException {
        Document dom = parse(xhtml);
        GlyphCoverage.Result found = coverage.check(dom);
        if (!found.missing().isEmpty()) {
            markMissing(dom.getDocumentElement(), found.missingCodePoints());
        }
        List<String> families = new ArrayList<>();
        families.add(BundledFonts.FAMILY);
        found.fallbacks().forEach(f -> families.add(f.family()));
        addFontStyle(dom, families);

        loadBundledFonts();
        List<GlyphCoverage.Opened> opened = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PDDocument pdf = new PDDocument();
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(pdf)
                    .usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
                    .useColorProfile(SrgbProfile.BYTES)
                    .withProducer(PRODUCER)
                    .useDefaultPageSize(210, 297, PageSizeUnits.MM)
                    .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                            BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withW3cDocument(dom, "about:talentbench");
            LazyFont regularFont = new LazyFont(pdf, regular);
            LazyFont boldFont = new LazyFont(pdf, bold);
            List<String> bundledNames = new ArrayList<>(GENERIC_FAMILIES);
            bundledNames.add(0, BundledFonts.FAMILY);
            for (String family : bundledNames) {
                builder.useFont(regularFont, family, 400, FontStyle.NORMAL, true);
                builder.useFont(boldFont, family, 700, FontStyle.NORMAL, true);
            }
            for (GlyphCoverage.FallbackFont fb : found.fallbacks()) {
                GlyphCoverage.Opened font = GlyphCoverage.open(fb.file());
                opened.add(font);
                BundledFonts.withoutGlyphSubstitution(font.font());
                LazyFont lazy = new LazyFont(pdf, font.font());
                builder.useFont(lazy, fb.family(), 400, FontStyle.NORMAL, true);
                builder.useFont(lazy, fb.family(), 700, FontStyle.NORMAL, true);
            }
            builder.toStream(out);
            builder.run();
        } finally {
            for (GlyphCoverage.Opened font : opened) {
                try {
                    font.close();
                } catch (IOException e) {
                    LOG.debug("closing fallback font {}", font, e);
                }
            }
        }
        return new RenderedPdf(out.toByteArray(), found.missing(), found.fallbacks());
    }

    private void loadBundledFonts() throws IOException {
        if (regular == null) {
            regular = BundledFonts.parse(BundledFonts.regularBytes());
            bold = BundledFonts.parse(BundledFonts.boldBytes());
        }
    }

    /** Parses XHTML without ever resolving a DTD or external entity. */
    static Document parse(String xhtml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new DefaultHandler()); // fatal errors throw; nothing is printed to the console
            return b.parse(new InputSource(new StringReader(xhtml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } catch (SAXException e) {
            throw new IllegalArgumentException("not well-formed XHTML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes each missing character of the shown text as a visible, coloured {@code [U+XXXX]}. */
    private static void markMissing(Node node, Set<Integer> missing) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                replaceInText(child, missing);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                String name = GlyphCoverage.localName(child);
                if (!"head".equals(name) && !"style".equals(name) && !"script".equals(name)) {
                    markMissing(child, missing);
                }
            }
            child = next;
        }
    }

    private static void replaceInText(Node text, Set<Integer> missing) {
        String value = text.getNodeValue();
        if (value.codePoints().noneMatch(missing::contains)) {
            return;
        }
        Document doc = text.getOwnerDocument();
        Node parent = text.getParentNode();
        String ns = parent.getNamespaceURI();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            i += Character.charCount(cp);
            if (missing.contains(cp)) {
                if (run.length() > 0) {
                    parent.insertBefore(doc.createTextNode(run.toString()), text);
                    run.setLength(0);
                }
                Element span = doc.createElementNS(ns, "span");
                span.setAttribute("class", MISSING_CLASS);
                span.setTextContent("[" + Xhtml.unicodeName(cp) + "]");
                parent.insertBefore(span, text);
            } else {
                run.appendCodePoint(cp);
            }
        }
        if (run.length() > 0) {
            parent.insertBefore(doc.createTextNode(run.toString()), text);
        }
        parent.removeChild(text);
    }

    /** Puts the font list on the root, the page and every margin box, before the document's own styles. */
    private static void addFontStyle(Document dom, List<String> families) {
        Element root = dom.getDocumentElement();
        String ns = root.getNamespaceURI();
        Element head = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE && "head".equals(GlyphCoverage.localName(n))) {
                head = (Element) n;
            }
        }
        if (head == null) {
            head = dom.createElementNS(ns, "head");
            root.insertBefore(head, root.getFirstChild());
        }
        String list = String.join(", ", families.stream().map(Xhtml::cssString).toList());
        StringBuilder css = new StringBuilder();
        css.append("html, body { font-family: ").append(list).append("; }\n");
        css.append(".").append(MISSING_CLASS).append(" { font-family: ").append(list).append("; }\n");
        css.append("@page { font-family: ").append(list).append(";\n");
        for (String box : Templates.MARGIN_BOXES) {
            css.append("  @").append(box).append(" { font-family: ").append(list).append("; }\n");
        }
        css.append("}\n");
        Element style = dom.createElementNS(ns, "style");
        style.setTextContent(css.toString());
        head.insertBefore(style, head.getFirstChild());
    }

    /** Loads a parsed TrueType font into this render's PDF once, when first needed, as an embedded subset. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument pdf;
        private final TrueTypeFont ttf;
        private PDFont font;

        LazyFont(PDDocument pdf, TrueTypeFont ttf) {
            super(null);
            this.pdf = pdf;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(pdf, ttf, true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot embed font " + ttf, e);
                }
            }
            return font;
        }
    }

    /** The sRGB IEC 61966-2.1 profile of the Java runtime, for the PDF/A output intent. */
    private static final class SrgbProfile {
        static final byte[] BYTES = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }
}
