package org.talentbench.core.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.talentbench.core.researcher.ResearchCategory;

/**
 * The shipped default schemes, one per research category, following the 2018 classified-evaluation guidance
 * (中办发〔2018〕6号) and the 2022 pilot (国科发才〔2022〕255号):
 * <ul>
 *   <li>basic research: peer review of representative works and expert assessment of originality carry most of the
 *       weight; 5-year cycle; representative-work rules with the 1/3 domestic-journal share;</li>
 *   <li>applied research and technology development: technical breakthroughs (user/third-party assessment), invention
 *       patents, standards, licensing and transfer; 3-year cycle;</li>
 *   <li>public welfare: service and support capability, recipients' assessment, social contribution; 3 years;</li>
 *   <li>national major tasks: milestone completion and quality assessed by the task owner; 3 years, milestone flag.</li>
 * </ul>
 * No default scores paper counts, journal metrics, titles, degrees, awards, citations or the h-index, and every
 * output-based indicator is share-weighted; {@link PolicyLint} reports no ERROR or WARNING on any of them.
 *
 * <p>The schemes are JSON resources {@code default-*.json} next to this class, read once through the class loader.
 * Thread-safe (immutable after class initialisation).
 */
public final class DefaultSchemes {
    private static final Map<ResearchCategory, Scheme> ALL = load();

    private DefaultSchemes() {
    }

    /** Every default scheme, by category, in category order. */
    public static Map<ResearchCategory, Scheme> all() {
        return ALL;
    }

    public static Scheme forCategory(ResearchCategory category) {
        return ALL.get(category);
    }

    /** The JSON text of a default scheme, exactly as shipped. */
    public static String json(ResearchCategory category) {
        return resource(fileName(category));
    }

    private static String fileName(ResearchCategory category) {
        return "default-" + category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".json";
    }

    private static Map<ResearchCategory, Scheme> load() {
        EnumMap<ResearchCategory, Scheme> m = new EnumMap<>(ResearchCategory.class);
        for (ResearchCategory c : ResearchCategory.values()) {
            Scheme s = SchemeValidator.validate(SchemeJson.read(resource(fileName(c))));
            if (s.category() != c) {
                throw new IllegalStateException("default scheme for " + c + " declares " + s.category());
            }
            m.put(c, s);
        }
        return Collections.unmodifiableMap(m);
    }

    private static String resource(String name) {
        try (InputStream in = DefaultSchemes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
