package org.talentbench.report;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Checks, before rendering, that every character a document shows has a glyph: first in the bundled Noto Sans SC,
 * then in an installed TrueType font that PDFBox can embed (a CJK font first), which then becomes a fallback family;
 * a character no font has becomes a {@link MissingGlyph} warning instead of a silent '#' or box in the PDF.
 *
 * <p>The font folders are listed once per instance, and each font file's character map is read once per process and
 * kept (a few hundred kilobytes per font), so only the first document with a rare character pays for the scan.
 * Thread-safe.
 */
public final class GlyphCoverage {
    private static final Logger LOG = LoggerFactory.getLogger(GlyphCoverage.class);
    private static final Pattern CJK_NAME = Pattern.compile(
            "(?i).*(cjk|han|sun|song|ming|hei|kai|fang|yahei|msyh|simsun|mingliu|pmingliu|gulim|batang|gothic|mincho"
                    + "|meiryo|pingfang|hiragino|heiti|songti|stsong|wqy|ukai|uming|droid|arphic|babelstone"
                    + "|hanazono|source).*");
    private static final int MAX_DEPTH = 6;
    private static final int CONTEXT = 16;
    /** Character maps of font files, by path, size and date, shared by all instances. */
    private static final Map<String, Optional<FontMap>> MAPS = new ConcurrentHashMap<>();

    private final List<Path> fontDirectories;
    private volatile List<Path> candidates;

    /** Looks for fallback fonts in the usual font folders of Linux, Windows and macOS. */
    public GlyphCoverage() {
        this(defaultFontDirectories());
    }

    /** Looks for fallback fonts in the given folders only (searched recursively); none means no fallback. */
    public GlyphCoverage(List<Path> fontDirectories) {
        this.fontDirectories = List.copyOf(fontDirectories);
    }

    /** The usual font folders of Linux, Windows and macOS that exist on this machine. */
    public static List<Path> defaultFontDirectories() {
        String home = System.getProperty("user.home", "");
        List<Path> dirs = new ArrayList<>();
        dirs.add(Path.of("/usr/share/fonts"));
        dirs.add(Path.of("/usr/local/share/fonts"));
        if (!home.isEmpty()) {
            dirs.add(Path.of(home, ".fonts"));
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, "Library", "Fonts"));
        }
        String windir = System.getenv("WINDIR");
        dirs.add(windir != null ? Path.of(windir, "Fonts") : Path.of("C:\\Windows\\Fonts"));
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null) {
            dirs.add(Path.of(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        dirs.add(Path.of("/Library/Fonts"));
        dirs.add(Path.of("/System/Library/Fonts"));
        return dirs.stream().filter(Files::isDirectory).distinct().toList();
    }

    /** True when the bundled font has a glyph for {@code codePoint}. */
    public static boolean bundledFontHas(int codePoint) {
        return BundledFonts.coverage().get(codePoint);
    }

    /**
     * Every character of the document's body that the bundled font lacks, resolved to an installed fallback font
     * where one has it, and reported as missing where none does.
     */
    public Result check(Document document) {
        Map<Integer, String> lacking = new LinkedHashMap<>();
        forEachShownText(document, text -> text.codePoints().forEach(cp -> {
            if (needsGlyph(cp) && !BundledFonts.coverage().get(cp)) {
                lacking.putIfAbsent(cp, context(text, cp));
            }
        }));
        return resolve(lacking);
    }

    /** As {@link #check(Document)} for plain text, {@code where} naming it in warnings. */
    public Result check(String text, String where) {
        Map<Integer, String> lacking = new LinkedHashMap<>();
        text.codePoints().forEach(cp -> {
            if (needsGlyph(cp) && !BundledFonts.coverage().get(cp)) {
                lacking.putIfAbsent(cp, where);
            }
        });
        return resolve(lacking);
    }

    private Result resolve(Map<Integer, String> lacking) {
        if (lacking.isEmpty()) {
            return Result.EMPTY;
        }
        Map<Path, FallbackFont> fallbacks = new LinkedHashMap<>();
        List<MissingGlyph> missing = new ArrayList<>();
        for (Map.Entry<Integer, String> e : lacking.entrySet()) {
            int cp = e.getKey();
            Optional<FontMap> font = candidates().stream()
                    .map(GlyphCoverage::fontMap)
                    .flatMap(Optional::stream)
                    .filter(f -> f.has(cp))
                    .findFirst();
            if (font.isPresent()) {
                Path file = font.get().file();
                FallbackFont fb = fallbacks.computeIfAbsent(file,
                        f -> new FallbackFont(f, "TalentBench Fallback " + (fallbacks.size() + 1), new ArrayList<>()));
                fb.codePoints().add(cp);
            } else {
                missing.add(new MissingGlyph(cp, e.getValue()));
            }
        }
        List<FallbackFont> used = fallbacks.values().stream()
                .map(f -> new FallbackFont(f.file(), f.family(), List.copyOf(f.codePoints())))
                .toList();
        if (!missing.isEmpty()) {
            LOG.warn("characters in no available font: {}", missing);
        }
        return new Result(used, List.copyOf(missing));
    }

    /** Whether a code point is drawn with a glyph at all (controls, format characters and soft hyphens are not). */
    static boolean needsGlyph(int cp) {
        if (cp < 0x20 || Character.isISOControl(cp) || cp == 0xAD || cp == 0xFFFC) {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.FORMAT && type != Character.CONTROL && type != Character.SURROGATE;
    }

    /** Calls {@code action} with each text the document shows: the body's text, not the head's metadata. */
    static void forEachShownText(Document document, java.util.function.Consumer<String> action) {
        Element root = document.getDocumentElement();
        if (root != null) {
            walk(root, action);
        }
    }

    private static void walk(Node node, java.util.function.Consumer<String> action) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            switch (child.getNodeType()) {
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> action.accept(child.getNodeValue());
                case Node.ELEMENT_NODE -> {
                    String name = localName(child);
                    if (!"head".equals(name) && !"style".equals(name) && !"script".equals(name)) {
                        walk(child, action);
                    }
                }
                default -> {
                }
            }
        }
    }

    static String localName(Node node) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        int colon = name.indexOf(':');
        return (colon >= 0 ? name.substring(colon + 1) : name).toLowerCase(Locale.ROOT);
    }

    private static String context(String text, int cp) {
        String flat = text.replaceAll("\\s+", " ").strip();
        int at = flat.indexOf(new String(Character.toChars(cp)));
        if (at < 0 || flat.length() <= 2 * CONTEXT) {
            return flat;
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(flat.length(), at + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(flat.charAt(from))) {
            from--;
        }
        if (to < flat.length() && Character.isLowSurrogate(flat.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
    }

    /** TrueType files under the font folders, CJK-looking names first, then by path. */
    private List<Path> candidates() {
        List<Path> list = candidates;
        if (list == null) {
            List<Path> found = new ArrayList<>();
            for (Path dir : fontDirectories) {
                try (Stream<Path> files = Files.find(dir, MAX_DEPTH, GlyphCoverage::isTrueTypeFile)) {
                    files.forEach(found::add);
                } catch (IOException | RuntimeException e) {
                    LOG.debug("cannot list fonts in {}", dir, e);
                }
            }
            list = found.stream()
                    .distinct()
                    .sorted(Comparator.comparing((Path p) -> !CJK_NAME.matcher(p.getFileName().toString()).matches())
                            .thenComparing(Path::toString))
                    .toList();
            candidates = list;
        }
        return list;
    }

    private static boolean isTrueTypeFile(Path p, BasicFileAttributes a) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return a.isRegularFile() && (n.endsWith(".ttf") || n.endsWith(".ttc"));
    }

    private static Optional<FontMap> fontMap(Path file) {
        String key;
        try {
            key = file.toAbsolutePath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Optional.empty();
        }
        return MAPS.computeIfAbsent(key, k -> readFontMap(file));
    }

    private static Optional<FontMap> readFontMap(Path file) {
        try (Opened opened = open(file)) {
            TrueTypeFont ttf = opened.font();
            if (!embeddable(ttf)) {
                LOG.debug("{} cannot be embedded by PDFBox, not a fallback", file);
                return Optional.empty();
            }
            CmapLookup cmap = unicodeCmap(ttf);
            if (cmap == null) {
                return Optional.empty();
            }
            return Optional.of(new FontMap(file, cmap));
        } catch (IOException | RuntimeException e) {
            LOG.debug("cannot read font {}", file, e);
            return Optional.empty();
        }
    }

    /** PDFBox embeds TrueType outlines only, and only where the font's licence bits allow embedding. */
    static boolean embeddable(TrueTypeFont ttf) throws IOException {
        if (!ttf.getTableMap().containsKey("glyf")) {
            return false;
        }
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        if (os2 == null) {
            return true;
        }
        int fsType = os2.getFsType();
        boolean restricted = (fsType & 0x000F) == 0x0002;
        boolean bitmapOnly = (fsType & 0x0200) != 0;
        return !restricted && !bitmapOnly;
    }

    /** The Unicode character map PDFBox itself uses when it embeds the font, or null. */
    static CmapLookup unicodeCmap(TrueTypeFont ttf) throws IOException {
        return ttf.getUnicodeCmapLookup(false);
    }

    /** Opens a .ttf, or the first font of a .ttc; closing the result closes the file. */
    static Opened open(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
            try {
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(f -> {
                    if (first[0] == null) {
                        first[0] = f;
                    }
                });
                if (first[0] == null) {
                    throw new IOException("empty font collection " + file);
                }
                return new Opened(first[0], collection);
            } catch (IOException | RuntimeException e) {
                collection.close();
                throw e;
            }
        }
        File f = file.toFile();
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(f));
        return new Opened(ttf, ttf);
    }

    /** A parsed font and what must be closed to release its file. */
    record Opened(TrueTypeFont font, java.io.Closeable owner) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            owner.close();
        }
    }

    private record FontMap(Path file, CmapLookup cmap) {
        synchronized boolean has(int cp) {
            return cmap.getGlyphId(cp) > 0;
        }
    }

    /**
     * An installed font that shows characters the bundled font lacks, registered for a render under {@code family}.
     *
     * @param codePoints the document's characters it is used for
     */
    public record FallbackFont(Path file, String family, List<Integer> codePoints) {
        public FallbackFont {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(family, "family");
        }
    }

    /**
     * What a document needs beyond the bundled font.
     *
     * @param fallbacks installed fonts to register, in the order of the CSS font-family list
     * @param missing   characters no font has, in order of first appearance
     */
    public record Result(List<FallbackFont> fallbacks, List<MissingGlyph> missing) {
        static final Result EMPTY = new Result(List.of(), List.of());

        public Result {
            fallbacks = List.copyOf(fallbacks);
            missing = List.copyOf(missing);
        }

        /** The code points of {@link #missing()}. */
        public Set<Integer> missingCodePoints() {
            Set<Integer> set = new LinkedHashSet<>();
            missing.forEach(m -> set.add(m.codePoint()));
            return set;
        }
    }
}
