package org.talentbench.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.Department;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Orcid;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The standard demo institute (240 researchers, seed 20260630, reference date 2026-06-30) checked against the brief
 * and the policy reference (policy-rules.md): young talent is taken on 1 January, representative papers need one
 * third in domestic journals, shares of one output never exceed 100 %.
 */
class DemoInstituteGeneratorTest {
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);
    private static DemoInstitute standard;
    private static Map<Long, Researcher> researchersById;
    private static Map<Long, Output> outputsById;

    @BeforeAll
    static void generateStandardDemo() {
        standard = DemoInstituteGenerator.generateInMemory(DemoSpec.standard());
        researchersById = new HashMap<>();
        for (Researcher r : standard.researchers()) {
            researchersById.put(r.id().value(), r);
        }
        outputsById = new HashMap<>();
        for (Output o : standard.outputs()) {
            outputsById.put(o.id().value(), o);
        }
    }

    // ------------------------------------------------------------ determinism and size

    @Test
    void sameSpecGivesExactlyTheSameInstitute() {
        DemoInstitute again = DemoInstituteGenerator.generateInMemory(DemoSpec.standard());
        assertEquals(standard.departments(), again.departments());
        assertEquals(standard.researchers(), again.researchers());
        assertEquals(standard.outputs(), again.outputs());
        assertEquals(standard.representativeWorks(), again.representativeWorks());
    }

    @Test
    void anotherSeedGivesAnotherInstitute() {
        DemoInstitute other = DemoInstituteGenerator.generateInMemory(DemoSpec.standard().withSeed(7));
        assertNotEquals(names(standard), names(other));
        assertNotEquals(standard.outputs().size(), other.outputs().size());
    }

    @Test
    void researcherCountFollowsTheSpec() {
        assertEquals(240, standard.researchers().size());
        assertEquals(37, DemoInstituteGenerator.generateInMemory(DemoSpec.standard().withResearchers(37)).researchers().size());
        assertEquals(1, DemoInstituteGenerator.generateInMemory(DemoSpec.standard().withResearchers(1)).researchers().size());
    }

    @Test
    void standardDemoHasAboutAHundredOutputsPerResearcher() {
        double perResearcher = standard.outputs().size() / 240.0;
        assertTrue(perResearcher > 70 && perResearcher < 130, () -> "outputs per researcher " + perResearcher);
    }

    // ------------------------------------------------------------ departments and profiles

    @Test
    void departmentsAreTheSeedArticlesFieldsAndEveryoneBelongsToOne() {
        List<Department> departments = standard.departments();
        assertTrue(departments.size() >= 6 && departments.size() <= 8);
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (Department d : departments) {
            codes.add(d.code());
            names.add(d.nameZh());
            assertFalse(d.nameEn().isBlank());
        }
        assertTrue(codes.containsAll(Set.of("IC", "MAT", "AI")));
        assertTrue(names.stream().anyMatch(n -> n.contains("集成电路")));
        assertTrue(names.stream().anyMatch(n -> n.contains("量子科技")));
        for (Researcher r : standard.researchers()) {
            assertTrue(codes.contains(r.departmentCode()), r.departmentCode());
            for (Assignment a : r.history()) {
                assertTrue(codes.contains(a.departmentCode()), a.departmentCode());
            }
        }
    }

    @Test
    void standardDemoHasEveryResearchCategoryInRoughlyTheIntendedShares() {
        Map<ResearchCategory, Integer> counts = new HashMap<>();
        for (Researcher r : standard.researchers()) {
            counts.merge(r.category(), 1, Integer::sum);
        }
        assertEquals(EnumSet.allOf(ResearchCategory.class), EnumSet.copyOf(counts.keySet()));
        // intended: basic ~35 %, applied ~40 %, public welfare ~12 %, national major tasks ~13 %
        assertShare(counts.get(ResearchCategory.BASIC), 0.28, 0.42);
        assertShare(counts.get(ResearchCategory.APPLIED), 0.33, 0.47);
        assertShare(counts.get(ResearchCategory.PUBLIC_WELFARE), 0.07, 0.17);
        assertShare(counts.get(ResearchCategory.NATIONAL_MAJOR_TASK), 0.08, 0.18);
    }

    private static void assertShare(int count, double low, double high) {
        double share = count / 240.0;
        assertTrue(share >= low && share <= high, () -> "share " + share + " outside " + low + "–" + high);
    }

    @Test
    void employeeNumbersAreUniqueAndCarryTheHireYear() {
        Set<String> seen = new HashSet<>();
        for (Researcher r : standard.researchers()) {
            assertTrue(seen.add(r.employeeNo()), r.employeeNo());
            assertTrue(r.employeeNo().matches("JS\\d{4}\\d{3,}"), r.employeeNo());
            assertEquals(String.valueOf(r.hireDate().getYear()), r.employeeNo().substring(2, 6));
        }
    }

    @Test
    void namesHavePinyinForEveryCharacter() {
        Pattern latin = Pattern.compile("[A-Z][a-z]+ [A-Z][a-z]+(?:'[a-z]+)*");
        for (Researcher r : standard.researchers()) {
            assertTrue(r.nameZh().length() >= 2 && r.nameZh().length() <= 4, r.nameZh());
            assertTrue(latin.matcher(r.nameLatin()).matches(), r.nameLatin());
            StringBuilder syllables = new StringBuilder();
            for (char c : r.nameZh().toCharArray()) {
                String reading = ChineseNames.pinyin(c);
                assertNotNull(reading, () -> "no pinyin for " + c + " in " + r.nameZh());
                syllables.append(reading);
            }
            assertEquals(syllables.toString(), r.nameLatin().toLowerCase().replace(" ", "").replace("'", ""));
        }
    }

    @Test
    void everyOrcidIsValidAndAboutHalfHaveOne() {
        int with = 0;
        Set<String> seen = new HashSet<>();
        for (Researcher r : standard.researchers()) {
            if (!r.orcid().isEmpty()) {
                with++;
                assertTrue(Orcid.isValid(r.orcid()), r.orcid());
                assertTrue(seen.add(r.orcid()), r.orcid());
            }
        }
        assertShare(with, 0.35, 0.65);
    }

    @Test
    void contactDetailsArePresentAndEmailsUnique() {
        Set<String> emails = new HashSet<>();
        for (Researcher r : standard.researchers()) {
            assertTrue(r.email().contains("@"), r.email());
            assertTrue(emails.add(r.email()), r.email());
            assertFalse(r.phone().isBlank());
        }
    }

    @Test
    void youngTalentsUnderFortyOnFirstOfJanuaryAreAMeaningfulShare() {
        LocalDate firstOfJanuary = LocalDate.of(REFERENCE.getYear(), 1, 1);
        long young = standard.researchers().stream()
                .filter(r -> Period.between(r.birthDate(), firstOfJanuary).getYears() < 40).count();
        assertTrue(young >= 240 * 0.25, () -> "young talents: " + young);
        for (Researcher r : standard.researchers()) {
            int age = Period.between(r.birthDate(), REFERENCE).getYears();
            assertTrue(age >= 24 && age <= 62, () -> r.nameZh() + " is " + age);
        }
    }

    @Test
    void mostHoldDoctoratesDefendedAfterTheirTwentyFifthBirthday() {
        int doctors = 0;
        for (Researcher r : standard.researchers()) {
            if (r.degree() == Degree.DOCTORATE) {
                doctors++;
                assertTrue(r.degreeDate().isAfter(r.birthDate().plusYears(25)), r.nameZh());
                assertFalse(r.degreeDate().isAfter(REFERENCE));
            }
            assertNotNull(r.hireDate());
            assertFalse(r.hireDate().isAfter(REFERENCE));
            assertFalse(r.hireDate().isBefore(r.degreeDate()), r.nameZh());
        }
        assertShare(doctors, 0.6, 0.95);
    }

    @Test
    void titlesClimbTheLadderWithAge() {
        Map<String, double[]> ages = new HashMap<>();
        for (Researcher r : standard.researchers()) {
            double[] sum = ages.computeIfAbsent(r.title(), t -> new double[2]);
            sum[0] += Period.between(r.birthDate(), REFERENCE).getYears();
            sum[1]++;
        }
        assertEquals(Set.of("研究员", "副研究员", "助理研究员", "研究实习员"), ages.keySet());
        double full = mean(ages.get("研究员"));
        double associate = mean(ages.get("副研究员"));
        double assistant = mean(ages.get("助理研究员"));
        double intern = mean(ages.get("研究实习员"));
        assertTrue(full > associate && associate > assistant && assistant > intern,
                () -> full + " > " + associate + " > " + assistant + " > " + intern);
    }

    private static double mean(double[] sum) {
        return sum[0] / sum[1];
    }

    @Test
    void careerBreaksArePresentAndNeverEndBeforeTheyStart() {
        Set<CareerBreakKind> kinds = EnumSet.noneOf(CareerBreakKind.class);
        for (Researcher r : standard.researchers()) {
            for (CareerBreak b : r.breaks()) {
                kinds.add(b.kind());
                assertFalse(b.end().isBefore(b.start()), r.nameZh());
                assertFalse(b.end().isAfter(REFERENCE), r.nameZh());
                assertFalse(b.note().isBlank());
                if (b.kind() == CareerBreakKind.MATERNITY) {
                    assertEquals(Gender.FEMALE, r.gender(), r.nameZh());
                }
            }
            for (int k = 1; k < r.breaks().size(); k++) {
                assertFalse(r.breaks().get(k).start().isBefore(r.breaks().get(k - 1).start()), "oldest first");
            }
        }
        assertTrue(kinds.containsAll(EnumSet.of(CareerBreakKind.MATERNITY, CareerBreakKind.LONG_ILLNESS,
                CareerBreakKind.NATIONAL_SERVICE)), kinds::toString);
    }

    @Test
    void historyEndsWithTheCurrentCategoryAndSomeChangedCategoryMidway() {
        int changed = 0;
        for (Researcher r : standard.researchers()) {
            assertFalse(r.history().isEmpty());
            Assignment last = r.history().get(r.history().size() - 1);
            assertEquals(r.category(), last.category(), r.nameZh());
            assertEquals(r.departmentCode(), last.departmentCode(), r.nameZh());
            assertEquals(r.hireDate(), r.history().get(0).validFrom());
            for (int k = 1; k < r.history().size(); k++) {
                assertTrue(r.history().get(k).validFrom().isAfter(r.history().get(k - 1).validFrom()));
                if (r.history().get(k).category() != r.history().get(k - 1).category()) {
                    changed++;
                }
            }
        }
        assertTrue(changed >= 3, "category changes: " + changed);
    }

    @Test
    void aFewHaveLeftOrRetiredAndSomeCarryTalentTags() {
        long left = standard.researchers().stream().filter(r -> r.status() == EmploymentStatus.LEFT).count();
        long retired = standard.researchers().stream().filter(r -> r.status() == EmploymentStatus.RETIRED).count();
        assertTrue(left >= 1 && retired >= 1 && left + retired <= 240 * 0.15, () -> left + " left, " + retired + " retired");
        Set<String> tags = new HashSet<>();
        standard.researchers().forEach(r -> tags.addAll(r.talentTags()));
        assertTrue(tags.contains("leading-talent") && tags.contains("jiangsu-333"), tags::toString);
        assertFalse(tags.contains("young"), "young talent is derived, never stored");
        for (Researcher r : standard.researchers()) {
            assertFalse(r.techTags().isEmpty(), r.nameZh());
        }
    }

    // ------------------------------------------------------------ outputs

    @Test
    void standardDemoHasEveryOutputKind() {
        Set<OutputKind> kinds = EnumSet.noneOf(OutputKind.class);
        standard.outputs().forEach(o -> kinds.add(o.kind()));
        assertEquals(EnumSet.allOf(OutputKind.class), kinds);
    }

    @Test
    void outputsFallInTheEightYearWindowAndAfterTheirContributorsWereHired() {
        LocalDate windowStart = REFERENCE.minusYears(8);
        for (Output o : standard.outputs()) {
            assertFalse(o.date().isBefore(windowStart), o::toString);
            assertFalse(o.date().isAfter(REFERENCE), o::toString);
            for (Contribution c : o.contributors()) {
                Researcher r = researchersById.get(c.researcherId().value());
                assertNotNull(r, "contributor is a stored researcher");
                assertFalse(o.date().isBefore(r.hireDate()), () -> r.nameZh() + " on " + o);
            }
        }
    }

    @Test
    void contributionSharesArePositiveAndAddUpToAtMostOneHundred() {
        for (Output o : standard.outputs()) {
            assertFalse(o.contributors().isEmpty());
            assertTrue(o.contributors().size() <= 4, o::toString);
            double sum = 0;
            Set<Long> people = new HashSet<>();
            for (Contribution c : o.contributors()) {
                assertTrue(c.sharePercent() > 0 && c.sharePercent() <= 100, o::toString);
                assertTrue(people.add(c.researcherId().value()), "a researcher is credited once per output");
                sum += c.sharePercent();
            }
            double total = sum;
            assertTrue(total <= 100, () -> total + " % on " + o);
        }
    }

    @Test
    void colleaguesCoAuthorMostlyWithinTheirDepartment() {
        int pairs = 0;
        int sameDepartment = 0;
        int multi = 0;
        for (Output o : standard.outputs()) {
            List<Contribution> cs = o.contributors();
            if (cs.size() > 1) {
                multi++;
            }
            for (int a = 0; a < cs.size(); a++) {
                for (int b = a + 1; b < cs.size(); b++) {
                    pairs++;
                    String da = researchersById.get(cs.get(a).researcherId().value()).departmentCode();
                    String db = researchersById.get(cs.get(b).researcherId().value()).departmentCode();
                    if (da.equals(db)) {
                        sameDepartment++;
                    }
                }
            }
        }
        assertTrue(multi > standard.outputs().size() * 0.3, "many outputs credit several colleagues");
        assertTrue(sameDepartment > pairs * 0.6 && sameDepartment < pairs, sameDepartment + " of " + pairs);
    }

    @Test
    void doisAreUniqueAndMostPapersHaveOne() {
        Set<String> dois = new HashSet<>();
        int papers = 0;
        int withDoi = 0;
        for (Output o : standard.outputs()) {
            if (!o.doi().isEmpty()) {
                assertTrue(o.doi().startsWith("10.") && o.doi().contains("/"), o.doi());
                assertTrue(dois.add(o.doi()), () -> "duplicate DOI " + o.doi());
            }
            if (o.kind() == OutputKind.JOURNAL_PAPER) {
                papers++;
                withDoi += o.doi().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(withDoi > papers * 0.75, withDoi + " of " + papers);
    }

    @Test
    void papersMixDomesticAndInternationalJournalsWithTitlesInTheirLanguage() {
        int domesticChinese = 0;
        int international = 0;
        for (Output o : standard.outputs()) {
            if (o.kind() != OutputKind.JOURNAL_PAPER) {
                continue;
            }
            boolean chineseTitle = o.title().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (o.domesticJournal() && chineseTitle) {
                domesticChinese++;
            }
            if (!o.domesticJournal()) {
                international++;
                assertFalse(chineseTitle, o.title());
            }
            assertFalse(o.attribute(OutputAttribute.AUTHORS).isBlank());
        }
        assertTrue(domesticChinese > 100 && international > 100, domesticChinese + " domestic, " + international + " international");
    }

    @Test
    void citationFiguresCarryTheirSourceAndDate() {
        int withCitations = 0;
        int normalised = 0;
        for (Output o : standard.outputs()) {
            if (o.citations() != null) {
                withCitations++;
                assertTrue(Set.of("OpenAlex", "CNKI").contains(o.citationSource()), o.citationSource());
                assertNotNull(o.citationAsOf());
                assertFalse(o.citationAsOf().isAfter(REFERENCE));
                assertTrue(o.citations() >= 0);
                if (o.domesticJournal() && o.title().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
                    assertEquals("CNKI", o.citationSource());
                }
            }
            if (o.fieldNormalisedImpact() != null) {
                normalised++;
                assertNotNull(o.citations());
            }
        }
        assertTrue(withCitations > 0 && normalised > 0 && normalised < withCitations);
    }

    @Test
    void patentsHaveWellFormedApplicationNumbersTypesAndStatuses() {
        Set<String> types = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        boolean pct = false;
        for (Output o : standard.outputs()) {
            if (o.kind() != OutputKind.PATENT) {
                continue;
            }
            assertTrue(o.externalId().matches("CN\\d{4}[1238]\\d{7}\\.[0-9X]"), o.externalId());
            String digits = o.externalId().substring(2, 14);
            assertEquals(Identifiers.cnPatentCheck(digits), o.externalId().charAt(15), o.externalId());
            types.add(o.attribute(OutputAttribute.PATENT_TYPE));
            statuses.add(o.attribute(OutputAttribute.PATENT_STATUS));
            pct |= "true".equals(o.attribute(OutputAttribute.PCT));
        }
        assertEquals(Set.of("INVENTION", "UTILITY_MODEL", "DESIGN"), types);
        assertEquals(Set.of("APPLIED", "GRANTED", "LICENSED", "TRANSFERRED"), statuses);
        assertTrue(pct, "some patents are filed under the PCT");
    }

    @Test
    void kindSpecificAttributesAreFilled() {
        for (Output o : standard.outputs()) {
            switch (o.kind()) {
                case STANDARD -> {
                    assertTrue(Set.of("NATIONAL", "INDUSTRY", "GROUP").contains(o.attribute(OutputAttribute.STANDARD_LEVEL)));
                    assertTrue(Set.of("LEAD_DRAFTER", "DRAFTER").contains(o.attribute(OutputAttribute.ROLE)));
                }
                case SOFTWARE_COPYRIGHT -> assertTrue(o.externalId().matches("\\d{4}SR\\d{7}"), o.externalId());
                case TECH_TRANSFER -> {
                    assertTrue(Long.parseLong(o.attribute(OutputAttribute.AMOUNT)) > 0);
                    assertTrue(o.attribute(OutputAttribute.PARTNER).endsWith("有限公司"), o.attribute(OutputAttribute.PARTNER));
                }
                case PROJECT -> {
                    assertFalse(o.attribute(OutputAttribute.FUNDER).isBlank());
                    assertTrue(Set.of("PI", "SUB_PROJECT_LEAD", "PARTICIPANT").contains(o.attribute(OutputAttribute.ROLE)));
                    assertTrue(Long.parseLong(o.attribute(OutputAttribute.AMOUNT)) > 0);
                    assertTrue(LocalDate.parse(o.attribute(OutputAttribute.END_DATE)).isAfter(o.date()));
                    assertTrue(levels().contains(o.attribute(OutputAttribute.LEVEL)));
                }
                case AWARD -> {
                    assertTrue(levels().contains(o.attribute(OutputAttribute.LEVEL)));
                    assertTrue(Integer.parseInt(o.attribute(OutputAttribute.RANK)) >= 1);
                }
                case POLICY_REPORT -> assertTrue(levels().contains(o.attribute(OutputAttribute.LEVEL)));
                case TALENT_CULTIVATION -> assertTrue(Integer.parseInt(o.attribute(OutputAttribute.STUDENTS_GRADUATED))
                        <= Integer.parseInt(o.attribute(OutputAttribute.STUDENTS_SUPERVISED)));
                case ACADEMIC_SERVICE -> assertTrue(Set.of("REVIEWING", "EDITORSHIP", "COMMITTEE")
                        .contains(o.attribute(OutputAttribute.SERVICE_TYPE)));
                default -> {
                }
            }
        }
    }

    private static Set<String> levels() {
        return Set.of("NATIONAL", "PROVINCIAL", "MINISTERIAL", "MUNICIPAL", "INSTITUTE");
    }

    @Test
    void basicResearchLeansToPapersAndAppliedResearchToPatents() {
        Map<ResearchCategory, int[]> counts = new HashMap<>();
        for (Output o : standard.outputs()) {
            for (Contribution c : o.contributors()) {
                ResearchCategory category = researchersById.get(c.researcherId().value()).category();
                int[] n = counts.computeIfAbsent(category, k -> new int[3]);
                n[0]++;
                n[1] += o.kind().isPaper() ? 1 : 0;
                n[2] += o.kind() == OutputKind.PATENT ? 1 : 0;
            }
        }
        int[] basic = counts.get(ResearchCategory.BASIC);
        int[] applied = counts.get(ResearchCategory.APPLIED);
        assertTrue((double) basic[1] / basic[0] > (double) applied[1] / applied[0], "paper share");
        assertTrue((double) applied[2] / applied[0] > (double) basic[2] / basic[0], "patent share");
    }

    @Test
    void productivityIsSkewedAndSomeHaveNothingRecent() {
        Map<Long, Integer> credits = new HashMap<>();
        Set<Long> recent = new HashSet<>();
        LocalDate threeYearsAgo = REFERENCE.minusYears(3);
        for (Output o : standard.outputs()) {
            for (Contribution c : o.contributors()) {
                credits.merge(c.researcherId().value(), 1, Integer::sum);
                if (o.date().isAfter(threeYearsAgo)) {
                    recent.add(c.researcherId().value());
                }
            }
        }
        List<Integer> perPerson = new ArrayList<>();
        for (Researcher r : standard.researchers()) {
            perPerson.add(credits.getOrDefault(r.id().value(), 0));
        }
        perPerson.sort((a, b) -> b - a);
        long total = perPerson.stream().mapToLong(Integer::longValue).sum();
        long top = perPerson.subList(0, 24).stream().mapToLong(Integer::longValue).sum();
        assertTrue(top > total * 0.2, () -> "top 10 % hold " + (double) top / total);
        long idle = standard.researchers().stream().filter(r -> !recent.contains(r.id().value())).count();
        assertTrue(idle >= 240 * 0.04 && idle <= 240 * 0.15, () -> idle + " with nothing in the last three years");
    }

    // ------------------------------------------------------------ representative works

    @Test
    void representativeWorksReferenceTheResearchersOwnOutputs() {
        Map<Long, List<RepresentativeWork>> byResearcher = new HashMap<>();
        for (RepresentativeWork w : standard.representativeWorks()) {
            assertEquals(0, w.roundId());
            Output o = outputsById.get(w.outputId().value());
            assertNotNull(o, "references a stored output");
            assertTrue(o.contributors().stream().anyMatch(c -> c.researcherId().equals(w.researcherId())),
                    () -> "output " + o.id() + " is not by " + w.researcherId());
            assertFalse(w.contributionStatement().isBlank());
            assertFalse(w.relevanceStatement().isBlank());
            byResearcher.computeIfAbsent(w.researcherId().value(), k -> new ArrayList<>()).add(w);
        }
        assertTrue(byResearcher.size() > 240 * 0.6, "most researchers have a selection");
        for (Map.Entry<Long, List<RepresentativeWork>> e : byResearcher.entrySet()) {
            Researcher r = researchersById.get(e.getKey());
            List<RepresentativeWork> works = e.getValue();
            assertEquals(EmploymentStatus.ACTIVE, r.status());
            assertTrue(works.size() <= (r.category() == ResearchCategory.BASIC ? 5 : 3), r.nameZh());
            Set<OutputId> distinct = new HashSet<>();
            for (int k = 0; k < works.size(); k++) {
                assertEquals(k + 1, works.get(k).ordinal());
                assertTrue(distinct.add(works.get(k).outputId()));
                if (r.category() == ResearchCategory.BASIC) {
                    assertTrue(outputsById.get(works.get(k).outputId().value()).kind().isPaper());
                }
            }
        }
    }

    @Test
    void mostBasicResearchersMeetTheOneThirdDomesticRuleButSomeDoNot() {
        Map<Long, int[]> byResearcher = new HashMap<>();
        for (RepresentativeWork w : standard.representativeWorks()) {
            if (researchersById.get(w.researcherId().value()).category() != ResearchCategory.BASIC) {
                continue;
            }
            int[] n = byResearcher.computeIfAbsent(w.researcherId().value(), k -> new int[2]);
            n[0]++;
            n[1] += outputsById.get(w.outputId().value()).domesticJournal() ? 1 : 0;
        }
        int meeting = 0;
        int violating = 0;
        for (int[] n : byResearcher.values()) {
            if (n[1] * 3 >= n[0]) {
                meeting++;
            } else {
                violating++;
            }
        }
        assertTrue(meeting > (meeting + violating) * 0.7, meeting + " meet, " + violating + " violate");
        assertTrue(violating >= 1, "the policy check needs someone to find");
    }

    // ------------------------------------------------------------ streaming

    @Test
    void sinkReceivesBoundedBatchesAndItsIdsAreUsed() {
        RecordingSink sink = new RecordingSink();
        DemoInstituteGenerator.generate(DemoSpec.standard().withResearchers(1_100), sink);
        assertEquals(2, sink.researcherBatches);
        assertTrue(sink.outputBatches > 2);
        assertTrue(sink.largestOutputBatch <= DemoInstituteGenerator.OUTPUT_BATCH);
        assertTrue(sink.largestWorkBatch <= DemoInstituteGenerator.OUTPUT_BATCH);
        assertEquals(1.0, sink.lastProgress);
        assertFalse(sink.progressWentBack);
        assertTrue(sink.contributorsUsedStoredIds, "contributors carry the ids the sink assigned");
        assertTrue(sink.worksUsedStoredIds, "representative works carry the ids the sink assigned");
    }

    private static final class RecordingSink implements DemoSink {
        private static final long RESEARCHER_ID_BASE = 50_000;
        private static final long OUTPUT_ID_BASE = 9_000_000;
        int researcherBatches;
        int outputBatches;
        int largestOutputBatch;
        int largestWorkBatch;
        double lastProgress = -1;
        boolean progressWentBack;
        long researchers;
        long outputs;
        boolean contributorsUsedStoredIds = true;
        boolean worksUsedStoredIds = true;

        @Override
        public void departments(List<Department> departments) {
        }

        @Override
        public List<Researcher> researchers(List<Researcher> batch) {
            researcherBatches++;
            assertTrue(batch.size() <= DemoInstituteGenerator.RESEARCHER_BATCH);
            List<Researcher> stored = new ArrayList<>();
            for (Researcher r : batch) {
                assertTrue(r.id().isNew());
                stored.add(r.withId(new ResearcherId(RESEARCHER_ID_BASE + ++researchers)));
            }
            return stored;
        }

        @Override
        public List<Output> outputs(List<Output> batch) {
            outputBatches++;
            largestOutputBatch = Math.max(largestOutputBatch, batch.size());
            List<Output> stored = new ArrayList<>();
            for (Output o : batch) {
                assertTrue(o.id().isNew());
                for (Contribution c : o.contributors()) {
                    long id = c.researcherId().value();
                    contributorsUsedStoredIds &= id > RESEARCHER_ID_BASE && id <= RESEARCHER_ID_BASE + researchers;
                }
                stored.add(o.withId(new OutputId(OUTPUT_ID_BASE + ++outputs)));
            }
            return stored;
        }

        @Override
        public void representativeWorks(List<RepresentativeWork> works) {
            largestWorkBatch = Math.max(largestWorkBatch, works.size());
            for (RepresentativeWork w : works) {
                worksUsedStoredIds &= w.outputId().value() > OUTPUT_ID_BASE
                        && w.researcherId().value() > RESEARCHER_ID_BASE;
            }
        }

        @Override
        public void progress(double fraction) {
            progressWentBack |= fraction < lastProgress;
            lastProgress = fraction;
        }
    }

    private static List<String> names(DemoInstitute institute) {
        return institute.researchers().stream().map(Researcher::nameZh).toList();
    }
}
