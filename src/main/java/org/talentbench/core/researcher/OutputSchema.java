package org.talentbench.core.researcher;

import static org.talentbench.core.researcher.OutputAttribute.AMOUNT;
import static org.talentbench.core.researcher.OutputAttribute.AUTHORS;
import static org.talentbench.core.researcher.OutputAttribute.END_DATE;
import static org.talentbench.core.researcher.OutputAttribute.FUNDER;
import static org.talentbench.core.researcher.OutputAttribute.KEYWORDS;
import static org.talentbench.core.researcher.OutputAttribute.LEVEL;
import static org.talentbench.core.researcher.OutputAttribute.PARTNER;
import static org.talentbench.core.researcher.OutputAttribute.PATENT_STATUS;
import static org.talentbench.core.researcher.OutputAttribute.PATENT_TYPE;
import static org.talentbench.core.researcher.OutputAttribute.PCT;
import static org.talentbench.core.researcher.OutputAttribute.RANK;
import static org.talentbench.core.researcher.OutputAttribute.ROLE;
import static org.talentbench.core.researcher.OutputAttribute.SERVICE_TYPE;
import static org.talentbench.core.researcher.OutputAttribute.STANDARD_LEVEL;
import static org.talentbench.core.researcher.OutputAttribute.STUDENTS_GRADUATED;
import static org.talentbench.core.researcher.OutputAttribute.STUDENTS_SUPERVISED;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each {@link OutputKind} records: which common fields apply (venue, DOI, the kind's own identifier, citations,
 * the domestic-journal flag) and its kind-specific attributes with their value types and allowed values. The profile
 * editor builds its type-specific forms from this table and {@link ProfileRules} checks attribute values against it,
 * so a form and its validation cannot drift apart. Static, immutable data; thread-safe.
 */
public final class OutputSchema {

    /** The value type of an attribute, which fixes how it is entered and checked. */
    public enum Type {
        /** Free text. */
        TEXT,
        /** One of {@link Attribute#choices()}. */
        CHOICE,
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An amount in yuan, 0 or more, at most two decimals. */
        AMOUNT,
        /** A whole number, 0 or more. */
        COUNT,
        /** A whole number, 1 or more (a rank among winners). */
        RANK,
        /** An ISO-8601 date. */
        DATE
    }

    /** One kind-specific attribute: its key in {@link Output#attributes()}, type, allowed values and whether required. */
    public record Attribute(String key, Type type, List<String> choices, boolean required) {
        public Attribute {
            choices = List.copyOf(choices);
        }
    }

    /**
     * The shape of one kind.
     *
     * @param venue          the kind has a venue-like field (journal, conference, publisher, issuing body, programme …)
     * @param doi            the kind may carry a DOI
     * @param externalId     the kind has its own identifier (ISBN, patent, standard, registration, contract or grant no.)
     * @param externalIdRequired the identifier must be given (it is how duplicates of this kind are caught)
     * @param citations      citation figures apply
     * @param domesticFlag   the domestic-journal flag applies
     */
    public record Shape(OutputKind kind, boolean venue, boolean doi, boolean externalId, boolean externalIdRequired,
                        boolean citations, boolean domesticFlag, List<Attribute> attributes) {
        public Shape {
            attributes = List.copyOf(attributes);
        }

        public Optional<Attribute> attribute(String key) {
            return attributes.stream().filter(a -> a.key().equals(key)).findFirst();
        }
    }

    public static final List<String> PATENT_TYPES = List.of("INVENTION", "UTILITY_MODEL", "DESIGN");
    public static final List<String> PATENT_STATUSES = List.of("APPLIED", "GRANTED", "LICENSED", "TRANSFERRED");
    public static final List<String> STANDARD_LEVELS = List.of("NATIONAL", "INDUSTRY", "GROUP");
    public static final List<String> STANDARD_ROLES = List.of("LEAD_DRAFTER", "DRAFTER");
    public static final List<String> PROJECT_ROLES = List.of("PI", "SUB_PROJECT_LEAD", "PARTICIPANT");
    public static final List<String> LEVELS = List.of("NATIONAL", "MINISTERIAL", "PROVINCIAL", "MUNICIPAL", "INSTITUTE");
    public static final List<String> SERVICE_TYPES = List.of("REVIEWING", "EDITORSHIP", "COMMITTEE");

    private static final Map<OutputKind, Shape> SHAPES = new EnumMap<>(OutputKind.class);

    static {
        Attribute authors = text(AUTHORS);
        Attribute keywords = text(KEYWORDS);
        put(new Shape(OutputKind.JOURNAL_PAPER, true, true, false, false, true, true, List.of(authors, keywords)));
        put(new Shape(OutputKind.CONFERENCE_PAPER, true, true, false, false, true, false, List.of(authors, keywords)));
        put(new Shape(OutputKind.MONOGRAPH, true, true, true, false, true, false, List.of(keywords)));
        put(new Shape(OutputKind.PATENT, true, false, true, true, false, false, List.of(
                choice(PATENT_TYPE, PATENT_TYPES), choice(PATENT_STATUS, PATENT_STATUSES),
                new Attribute(PCT, Type.BOOLEAN, List.of(), false))));
        put(new Shape(OutputKind.STANDARD, true, false, true, true, false, false, List.of(
                choice(STANDARD_LEVEL, STANDARD_LEVELS), choice(ROLE, STANDARD_ROLES))));
        put(new Shape(OutputKind.SOFTWARE_COPYRIGHT, true, false, true, true, false, false, List.of()));
        put(new Shape(OutputKind.TECH_TRANSFER, true, false, true, false, false, false, List.of(
                new Attribute(AMOUNT, Type.AMOUNT, List.of(), true), new Attribute(PARTNER, Type.TEXT, List.of(), true))));
        put(new Shape(OutputKind.PROJECT, true, false, true, false, false, false, List.of(
                new Attribute(FUNDER, Type.TEXT, List.of(), true), choice(LEVEL, LEVELS), choice(ROLE, PROJECT_ROLES),
                new Attribute(AMOUNT, Type.AMOUNT, List.of(), false), new Attribute(END_DATE, Type.DATE, List.of(), false))));
        put(new Shape(OutputKind.AWARD, true, false, true, false, false, false, List.of(
                choice(LEVEL, LEVELS), new Attribute(RANK, Type.RANK, List.of(), false))));
        put(new Shape(OutputKind.POLICY_REPORT, true, false, false, false, false, false, List.of(choice(LEVEL, LEVELS))));
        put(new Shape(OutputKind.DATASET, true, true, true, false, true, false, List.of(keywords)));
        put(new Shape(OutputKind.TALENT_CULTIVATION, true, false, false, false, false, false, List.of(
                new Attribute(STUDENTS_SUPERVISED, Type.COUNT, List.of(), true),
                new Attribute(STUDENTS_GRADUATED, Type.COUNT, List.of(), false))));
        put(new Shape(OutputKind.ACADEMIC_SERVICE, true, false, false, false, false, false, List.of(
                choice(SERVICE_TYPE, SERVICE_TYPES))));
    }

    private OutputSchema() {
    }

    private static void put(Shape shape) {
        SHAPES.put(shape.kind(), shape);
    }

    private static Attribute text(String key) {
        return new Attribute(key, Type.TEXT, List.of(), false);
    }

    private static Attribute choice(String key, List<String> choices) {
        return new Attribute(key, Type.CHOICE, choices, true);
    }

    public static Shape of(OutputKind kind) {
        return SHAPES.get(kind);
    }
}
