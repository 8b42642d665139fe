package org.talentbench.core.researcher;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules a researcher profile, an output and a representative-work selection must satisfy before they are stored.
 * The same rules run as the user types (the profile editor), when a service saves (so the CLI and importers cannot
 * bypass them) and in tests. Each rule reports a {@link Violation} with a stable code ({@code error.<code>} in the
 * bundles) rather than a sentence.
 *
 * <p>Lengths follow the columns of the schema, so that a value the rules accept is never cut or refused by the
 * database. Stateless and thread-safe; {@code today} is passed in so that results do not depend on the clock.
 */
public final class ProfileRules {
    /** The default minimum age (years) on the day a profile is saved. */
    public static final int MIN_AGE_YEARS = 16;
    /** Talent tags that must never be typed: young talent is derived by the cycle rules from dates and breaks. */
    public static final Set<String> DERIVED_TAGS = Set.of("young", "young-talent", "youngtalent", "青年人才", "青年");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{4,}[0-9](\\s*(ext\\.?|转|x)\\s*[0-9]+)?");
    private static final Pattern ORCID_SHAPE = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

    private ProfileRules() {
    }

    // ---------------------------------------------------------------------------------------------------- profile

    /** Checks a profile with the default settings. */
    public static List<Violation> validate(Researcher r, LocalDate today) {
        return validate(r, today, ProfileSettings.defaults());
    }

    /** Checks a profile's fields, career breaks and category/department history. */
    public static List<Violation> validate(Researcher r, LocalDate today, ProfileSettings settings) {
        List<Violation> out = new ArrayList<>();
        required(out, "employeeNo", r.employeeNo(), "profile.employeeNoRequired");
        length(out, "employeeNo", r.employeeNo(), 40);
        if (!r.employeeNo().isBlank() && !r.employeeNo().strip().equals(r.employeeNo())) {
            out.add(Violation.error("employeeNo", "profile.employeeNoSpaces"));
        }
        required(out, "nameZh", r.nameZh(), "profile.nameRequired");
        length(out, "nameZh", r.nameZh(), 100);
        length(out, "nameLatin", r.nameLatin(), 200);
        required(out, "departmentCode", r.departmentCode(), "profile.departmentRequired");
        length(out, "title", r.title(), 100);
        length(out, "discipline", r.discipline(), 100);

        LocalDate birth = r.birthDate();
        // a birth date in the future is reported once; the checks relative to it would only repeat the mistake
        LocalDate knownBirth = birth != null && !birth.isAfter(today) ? birth : null;
        if (birth == null) {
            out.add(Violation.error("birthDate", "profile.birthDateRequired"));
        } else if (birth.isAfter(today)) {
            out.add(Violation.error("birthDate", "profile.birthInFuture", birth));
        } else {
            int age = Period.between(birth, today).getYears();
            if (age < settings.minAgeYears()) {
                out.add(Violation.error("birthDate", "profile.tooYoung", settings.minAgeYears(), age));
            }
        }
        if (r.degreeDate() == null) {
            if (r.degree() == Degree.DOCTORATE) {
                out.add(Violation.error("degreeDate", "profile.doctorateDateRequired"));
            }
        } else {
            if (knownBirth != null && !r.degreeDate().isAfter(knownBirth)) {
                out.add(Violation.error("degreeDate", r.degree() == Degree.DOCTORATE
                        ? "profile.doctorateBeforeBirth" : "profile.degreeBeforeBirth"));
            } else if (r.degreeDate().isAfter(today)) {
                out.add(Violation.error("degreeDate", "profile.degreeInFuture", r.degreeDate()));
            }
        }
        if (r.hireDate() != null && knownBirth != null
                && r.hireDate().isBefore(knownBirth.plusYears(settings.minAgeYears()))) {
            out.add(Violation.error("hireDate", "profile.hireTooEarly", settings.minAgeYears()));
        }

        if (!r.orcid().isEmpty()) {
            if (!ORCID_SHAPE.matcher(r.orcid()).matches()) {
                out.add(Violation.error("orcid", "profile.orcidFormat"));
            } else if (!Orcid.isValid(r.orcid())) {
                String digits = r.orcid().replace("-", "").substring(0, 15);
                out.add(Violation.error("orcid", "profile.orcidCheckDigit",
                        String.valueOf(r.orcid().charAt(18)), String.valueOf(Orcid.checkDigit(digits))));
            }
        }
        if (!r.email().isEmpty() && !EMAIL.matcher(r.email()).matches()) {
            out.add(Violation.error("email", "profile.emailInvalid"));
        }
        length(out, "email", r.email(), 200);
        if (!r.phone().isEmpty() && !PHONE.matcher(r.phone()).matches()) {
            out.add(Violation.error("phone", "profile.phoneInvalid"));
        }
        length(out, "phone", r.phone(), 60);

        for (String tag : r.talentTags()) {
            if (DERIVED_TAGS.contains(tag.trim().toLowerCase(Locale.ROOT))) {
                out.add(Violation.error("talentTags", "profile.youngTagDerived", tag));
            }
            length(out, "talentTags", tag, 100);
        }
        for (String tag : r.techTags()) {
            length(out, "techTags", tag, 100);
        }
        if (!r.title().isEmpty() && !settings.titleLadder().contains(r.title())) {
            out.add(Violation.warning("title", "profile.titleNotOnLadder", r.title()));
        }
        if (!settings.categories().contains(r.category())) {
            out.add(Violation.warning("category", "profile.categoryNotInUse"));
        }

        checkBreaks(r, knownBirth, out);
        checkHistory(r, out);
        return out;
    }

    private static void checkBreaks(Researcher r, LocalDate birth, List<Violation> out) {
        List<CareerBreak> breaks = r.breaks();
        for (int i = 0; i < breaks.size(); i++) {
            CareerBreak b = breaks.get(i);
            String at = "breaks[" + i + "]";
            if (b.end().isBefore(b.start())) {
                out.add(Violation.error(at + ".end", "profile.breakEndsBeforeStart"));
            }
            if (birth != null && b.start().isBefore(birth)) {
                out.add(Violation.error(at + ".start", "profile.breakBeforeBirth"));
            }
            if (b.kind() == CareerBreakKind.OTHER && b.note().isBlank()) {
                out.add(Violation.error(at + ".note", "profile.breakNoteRequired"));
            }
            length(out, at + ".note", b.note(), 1000);
            for (int j = 0; j < i; j++) {
                CareerBreak o = breaks.get(j);
                if (!b.end().isBefore(b.start()) && !o.end().isBefore(o.start())
                        && !b.start().isAfter(o.end()) && !o.start().isAfter(b.end())) {
                    out.add(Violation.error(at + ".start", "profile.breaksOverlap", j + 1));
                }
            }
        }
    }

    private static void checkHistory(Researcher r, List<Violation> out) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < r.history().size(); i++) {
            Assignment a = r.history().get(i);
            if (!seen.add(a.validFrom())) {
                out.add(Violation.error("history[" + i + "].validFrom", "profile.historyDuplicateDate", a.validFrom()));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- outputs

    /** Checks an output's fields, its kind-specific attributes and the contribution shares. */
    public static List<Violation> validate(Output o) {
        List<Violation> out = new ArrayList<>();
        OutputSchema.Shape shape = OutputSchema.of(o.kind());
        required(out, "title", o.title(), "output.titleRequired");
        length(out, "title", o.title(), 1000);
        length(out, "venue", o.venue(), 500);
        length(out, "doi", o.doi(), 300);
        length(out, "externalId", o.externalId(), 200);
        length(out, "citationSource", o.citationSource(), 100);
        if (!o.doi().isBlank() && !OutputKeys.isDoi(OutputKeys.doi(o.doi()))) {
            out.add(Violation.error("doi", "output.doiInvalid", o.doi()));
        }
        if (shape.externalIdRequired() && o.externalId().isBlank()) {
            out.add(Violation.error("externalId", "output.externalIdRequired"));
        }
        if (o.citations() != null) {
            if (o.citations() < 0) {
                out.add(Violation.error("citations", "output.negativeCitations", o.citations()));
            } else {
                if (o.citationSource().isBlank()) {
                    out.add(Violation.error("citationSource", "output.citationSourceRequired"));
                }
                if (o.citationAsOf() == null) {
                    out.add(Violation.error("citationAsOf", "output.citationAsOfRequired"));
                }
            }
        }
        if (o.citationAsOf() != null && o.citationAsOf().isBefore(o.date())) {
            out.add(Violation.error("citationAsOf", "output.citationAsOfBeforeOutput"));
        }
        if (o.fieldNormalisedImpact() != null
                && (o.fieldNormalisedImpact() < 0 || o.fieldNormalisedImpact().isNaN()
                || o.fieldNormalisedImpact().isInfinite())) {
            out.add(Violation.error("fieldNormalisedImpact", "output.negativeImpact"));
        }
        checkAttributes(o, shape, out);
        checkContributors(o, out);
        return out;
    }

    private static void checkAttributes(Output o, OutputSchema.Shape shape, List<Violation> out) {
        for (OutputSchema.Attribute a : shape.attributes()) {
            String field = "attributes." + a.key();
            String v = o.attribute(a.key()).trim();
            if (v.isEmpty()) {
                if (a.required()) {
                    out.add(Violation.error(field, "output.attributeRequired"));
                }
                continue;
            }
            length(out, field, v, 4000);
            switch (a.type()) {
                case CHOICE -> {
                    if (!a.choices().contains(v)) {
                        out.add(Violation.error(field, "output.badChoice", v));
                    }
                }
                case BOOLEAN -> {
                    if (!v.equals("true") && !v.equals("false")) {
                        out.add(Violation.error(field, "output.badChoice", v));
                    }
                }
                case AMOUNT -> {
                    try {
                        BigDecimal amount = new BigDecimal(v);
                        if (amount.signum() < 0) {
                            out.add(Violation.error(field, "output.negativeAmount", v));
                        } else if (amount.stripTrailingZeros().scale() > 2) {
                            out.add(Violation.error(field, "output.amountPrecision", v));
                        }
                    } catch (NumberFormatException e) {
                        out.add(Violation.error(field, "output.notANumber", v));
                    }
                }
                case COUNT, RANK -> {
                    try {
                        long n = Long.parseLong(v);
                        if (a.type() == OutputSchema.Type.COUNT && n < 0) {
                            out.add(Violation.error(field, "output.negativeCount", v));
                        } else if (a.type() == OutputSchema.Type.RANK && n < 1) {
                            out.add(Violation.error(field, "output.rankTooSmall", v));
                        }
                    } catch (NumberFormatException e) {
                        out.add(Violation.error(field, "output.notAWholeNumber", v));
                    }
                }
                case DATE -> {
                    try {
                        LocalDate d = LocalDate.parse(v);
                        if (d.isBefore(o.date())) {
                            out.add(Violation.error(field, "output.endBeforeStart"));
                        }
                    } catch (DateTimeParseException e) {
                        out.add(Violation.error(field, "output.notADate", v));
                    }
                }
                case TEXT -> {
                    // any text
                }
            }
        }
        String supervised = o.attribute(OutputAttribute.STUDENTS_SUPERVISED).trim();
        String graduated = o.attribute(OutputAttribute.STUDENTS_GRADUATED).trim();
        if (o.kind() == OutputKind.TALENT_CULTIVATION && supervised.matches("\\d+") && graduated.matches("\\d+")
                && Long.parseLong(graduated) > Long.parseLong(supervised)) {
            out.add(Violation.error("attributes." + OutputAttribute.STUDENTS_GRADUATED,
                    "output.graduatedExceedsSupervised"));
        }
    }

    private static void checkContributors(Output o, List<Violation> out) {
        if (o.contributors().isEmpty()) {
            out.add(Violation.error("contributors", "output.noContributor"));
            return;
        }
        double total = 0;
        Set<ResearcherId> seen = new HashSet<>();
        for (int i = 0; i < o.contributors().size(); i++) {
            Contribution c = o.contributors().get(i);
            String at = "contributors[" + i + "]";
            if (!seen.add(c.researcherId())) {
                out.add(Violation.error(at + ".researcher", "output.duplicateContributor"));
            }
            if (!(c.sharePercent() > 0 && c.sharePercent() <= 100)) {
                out.add(Violation.error(at + ".share", "output.shareOutOfRange", c.sharePercent()));
            } else {
                total += c.sharePercent();
            }
            if (c.authorPosition() < 0) {
                out.add(Violation.error(at + ".position", "output.negativePosition"));
            }
        }
        if (total > 100 + 1e-9) {
            out.add(Violation.error("contributors", "output.sharesOver100", total));
        }
    }

    // ---------------------------------------------------------------------------------------- representative works

    /**
     * Checks one researcher's ordered representative-work selection for one round: at most N works for the
     * researcher's category; every work credits the researcher (no honorary names); no output twice; both statements
     * given; in the categories the rule applies to, at least the configured share of the representative papers are
     * journal papers in domestic journals (a warning or a block, as configured).
     *
     * @param outputs the outputs the works name, by id (a missing one is reported)
     */
    public static List<Violation> validateRepresentativeWorks(ResearcherId researcher, ResearchCategory category,
                                                              List<RepresentativeWork> works,
                                                              Map<OutputId, Output> outputs,
                                                              ProfileSettings settings) {
        List<Violation> out = new ArrayList<>();
        int max = settings.representativeMax(category);
        if (works.size() > max) {
            out.add(Violation.error("works", "repWork.tooMany", works.size(), max));
        }
        Map<OutputId, Integer> seen = new HashMap<>();
        int papers = 0;
        int domestic = 0;
        for (int i = 0; i < works.size(); i++) {
            RepresentativeWork w = works.get(i);
            String at = "works[" + i + "]";
            Integer earlier = seen.putIfAbsent(w.outputId(), i);
            if (earlier != null) {
                out.add(Violation.error(at + ".output", "repWork.duplicate", earlier + 1));
                continue;
            }
            Output o = outputs.get(w.outputId());
            if (o == null) {
                out.add(Violation.error(at + ".output", "repWork.unknownOutput"));
                continue;
            }
            if (o.contributors().stream().noneMatch(c -> c.researcherId().equals(researcher))) {
                out.add(Violation.error(at + ".output", "repWork.notCredited"));
            }
            if (w.contributionStatement().isBlank()) {
                out.add(Violation.error(at + ".contributionStatement", "repWork.contributionRequired"));
            }
            if (w.relevanceStatement().isBlank()) {
                out.add(Violation.error(at + ".relevanceStatement", "repWork.relevanceRequired"));
            }
            length(out, at + ".contributionStatement", w.contributionStatement(), 4000);
            length(out, at + ".relevanceStatement", w.relevanceStatement(), 4000);
            if (o.kind().isPaper()) {
                papers++;
                if (o.kind() == OutputKind.JOURNAL_PAPER && o.domesticJournal()) {
                    domestic++;
                }
            }
        }
        if (papers > 0 && settings.minDomesticShare() > 0 && settings.domesticCategories().contains(category)) {
            int required = (int) Math.ceil(settings.minDomesticShare() * papers - 1e-9);
            if (domestic < required) {
                out.add(new Violation("works", "repWork.domesticShareLow", List.of(domestic, papers, required),
                        settings.domesticSeverity()));
            }
        }
        return out;
    }

    /** Whether any of the violations blocks saving. */
    public static boolean blocks(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::blocking);
    }

    private static void required(List<Violation> out, String field, String value, String code) {
        if (value == null || value.isBlank()) {
            out.add(Violation.error(field, code));
        }
    }

    private static void length(List<Violation> out, String field, String value, int max) {
        if (value != null && value.length() > max) {
            out.add(Violation.error(field, "profile.tooLong", max, value.length()));
        }
    }
}
