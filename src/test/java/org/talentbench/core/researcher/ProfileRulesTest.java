package org.talentbench.core.researcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.talentbench.core.researcher.ProfileFixtures.ME;
import static org.talentbench.core.researcher.ProfileFixtures.TODAY;
import static org.talentbench.core.researcher.ProfileFixtures.mine;
import static org.talentbench.core.researcher.ProfileFixtures.other;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileRulesTest {

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    private static Researcher with(java.util.function.UnaryOperator<Map<String, Object>> change) {
        Researcher r = ProfileFixtures.researcher();
        Map<String, Object> f = new HashMap<>();
        f.put("employeeNo", r.employeeNo());
        f.put("nameZh", r.nameZh());
        f.put("birthDate", r.birthDate());
        f.put("degree", r.degree());
        f.put("degreeDate", r.degreeDate());
        f.put("hireDate", r.hireDate());
        f.put("departmentCode", r.departmentCode());
        f.put("email", r.email());
        f.put("phone", r.phone());
        f.put("talentTags", r.talentTags());
        f.put("title", r.title());
        change.apply(f);
        @SuppressWarnings("unchecked")
        Set<String> tags = (Set<String>) f.get("talentTags");
        return new Researcher(r.id(), (String) f.get("employeeNo"), (String) f.get("nameZh"), r.nameLatin(),
                r.gender(), (LocalDate) f.get("birthDate"), (Degree) f.get("degree"), (LocalDate) f.get("degreeDate"),
                (LocalDate) f.get("hireDate"), (String) f.get("departmentCode"), (String) f.get("title"),
                r.discipline(), r.category(), tags, r.orcid(), (String) f.get("email"), (String) f.get("phone"),
                r.techTags(), r.status(), r.breaks(), r.history(), r.version());
    }

    @Test
    void theFixtureProfileIsValid() {
        assertEquals(List.of(), ProfileRules.validate(ProfileFixtures.researcher(), TODAY));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // ORCID documentation examples: ...0097 and ...233X are correct; a changed last character is not
            "0000-0002-1825-0097, ''",
            "0000-0002-1694-233X, ''",
            "0000-0002-1825-0098, profile.orcidCheckDigit",
            "0000-0002-1694-2330, profile.orcidCheckDigit",
            "0000-0002-1825-009, profile.orcidFormat",
            "https://orcid.org/0000-0002-1825-0097, profile.orcidFormat",
            "0000-0002-1694-233x, profile.orcidFormat",
    })
    void orcidIsCheckedByItsMod11Digit(String orcid, String expected) {
        Researcher r = ProfileFixtures.researcher(LocalDate.of(1988, 1, 2), LocalDate.of(2015, 6, 20), orcid,
                List.of());
        List<String> codes = codes(ProfileRules.validate(r, TODAY));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), codes);
    }

    @Test
    void aWrongCheckDigitNamesTheExpectedOne() {
        Researcher r = ProfileFixtures.researcher(LocalDate.of(1988, 1, 2), LocalDate.of(2015, 6, 20),
                "0000-0002-1825-0098", List.of());
        Violation v = ProfileRules.validate(r, TODAY).get(0);
        assertEquals("orcid", v.field());
        assertEquals(List.of("8", "7"), v.args());
    }

    @ParameterizedTest(name = "born {0}, doctorate {1}: {2}")
    @CsvSource({
            "1988-01-02, 2015-06-20, ''",
            // today is 2026-03-05: the future, under 16, exactly 16, doctorate before birth or in the future
            "2026-03-06, , profile.birthInFuture",
            "2010-03-06, , profile.tooYoung",
            "2010-03-05, , ''",
            "1988-01-02, 1987-12-31, profile.doctorateBeforeBirth",
            "1988-01-02, 1988-01-02, profile.doctorateBeforeBirth",
            "1988-01-02, 2026-03-06, profile.degreeInFuture",
    })
    void datesOfBirthAndDoctorateAreChecked(LocalDate birth, LocalDate doctorate, String expected) {
        Researcher r = with(f -> {
            f.put("birthDate", birth);
            f.put("degreeDate", doctorate == null ? LocalDate.of(2026, 1, 1) : doctorate);
            f.put("hireDate", null);
            return f;
        });
        List<String> codes = codes(ProfileRules.validate(r, TODAY));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), codes);
    }

    @Test
    void tooYoungReportsTheMinimumAndTheAge() {
        Researcher r = with(f -> {
            f.put("birthDate", LocalDate.of(2012, 1, 1));
            f.put("degreeDate", null);
            f.put("degree", Degree.OTHER);
            f.put("hireDate", null);
            return f;
        });
        Violation v = ProfileRules.validate(r, TODAY).get(0);
        assertEquals("profile.tooYoung", v.code());
        assertEquals(List.of(16, 14), v.args());
    }

    @Test
    void requiredFieldsAreReportedEachOnItsField() {
        Researcher r = with(f -> {
            f.put("employeeNo", " ");
            f.put("nameZh", "");
            f.put("departmentCode", "");
            f.put("birthDate", null);
            f.put("degreeDate", null);
            f.put("hireDate", null);
            return f;
        });
        List<Violation> v = ProfileRules.validate(r, TODAY);
        assertEquals(List.of("employeeNo", "nameZh", "departmentCode", "birthDate", "degreeDate"),
                v.stream().map(Violation::field).toList());
        assertEquals(List.of("profile.employeeNoRequired", "profile.nameRequired", "profile.departmentRequired",
                "profile.birthDateRequired", "profile.doctorateDateRequired"), codes(v));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "young-talent, profile.youngTagDerived",
            "青年人才, profile.youngTagDerived",
            "Young, profile.youngTagDerived",
            "nsfc-excellent-young, ''",
            "leading-talent, ''",
    })
    void youngTalentIsNeverATypedTag(String tag, String expected) {
        Researcher r = with(f -> {
            f.put("talentTags", Set.of(tag));
            return f;
        });
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), codes(ProfileRules.validate(r, TODAY)));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource({
            "wxm@example.org, 025-8888 1234, ''",
            "wxm@example, 025-8888 1234, profile.emailInvalid",
            "wxm example.org, 025-8888 1234, profile.emailInvalid",
            "wxm@example.org, +86 (25) 8888-1234, ''",
            "wxm@example.org, 13912345678, ''",
            "wxm@example.org, call me, profile.phoneInvalid",
    })
    void emailAndPhoneHaveAPlausibleShape(String email, String phone, String expected) {
        Researcher r = with(f -> {
            f.put("email", email);
            f.put("phone", phone);
            return f;
        });
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), codes(ProfileRules.validate(r, TODAY)));
    }

    @Test
    void aTitleOffTheLadderOnlyWarns() {
        Researcher r = with(f -> {
            f.put("title", "教授");
            return f;
        });
        List<Violation> v = ProfileRules.validate(r, TODAY);
        assertEquals(List.of("profile.titleNotOnLadder"), codes(v));
        assertFalse(ProfileRules.blocks(v));
    }

    @Test
    void careerBreaksMustEndAfterTheyStartAndNotOverlap() {
        List<CareerBreak> breaks = List.of(
                new CareerBreak(0, CareerBreakKind.LONG_ILLNESS, LocalDate.of(2021, 5, 1), LocalDate.of(2021, 4, 30), ""),
                new CareerBreak(0, CareerBreakKind.MATERNITY, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30), ""),
                new CareerBreak(0, CareerBreakKind.PATERNITY, LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 14), ""),
                new CareerBreak(0, CareerBreakKind.OTHER, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 1), " "));
        Researcher r = ProfileFixtures.researcher(LocalDate.of(1988, 1, 2), LocalDate.of(2015, 6, 20),
                "0000-0002-1825-0097", breaks);
        List<Violation> v = ProfileRules.validate(r, TODAY);
        assertEquals(List.of("breaks[0].end", "breaks[2].start", "breaks[3].note"),
                v.stream().map(Violation::field).toList());
        assertEquals(List.of("profile.breakEndsBeforeStart", "profile.breaksOverlap", "profile.breakNoteRequired"),
                codes(v));
        assertEquals(List.of(2), v.get(1).args());
    }

    // ------------------------------------------------------------------------------------------------- outputs

    @Test
    void theFixtureOutputsAreValid() {
        assertEquals(List.of(), ProfileRules.validate(ProfileFixtures.paper(1, true, mine(50), other(8, 50))));
        assertEquals(List.of(), ProfileRules.validate(ProfileFixtures.patent(2, mine(100))));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @CsvSource({
            "60, 40, ''",
            "60, 40.5, output.sharesOver100",
            "100, 0.01, output.sharesOver100",
            "0, 50, output.shareOutOfRange",
            "-5, 50, output.shareOutOfRange",
            "101, 0, output.shareOutOfRange",
    })
    void contributionSharesOfOneOutputNeverExceed100(double mineShare, double otherShare, String expected) {
        List<Contribution> credits = new ArrayList<>();
        credits.add(mine(mineShare));
        if (otherShare != 0) {
            credits.add(other(8, otherShare));
        }
        Output o = ProfileFixtures.paper(1, true).withContributors(credits);
        List<String> codes = codes(ProfileRules.validate(o));
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), codes);
    }

    @Test
    void negativeCitationsAndAmountsAreRefused() {
        Output p = ProfileFixtures.paper(1, true, mine(100));
        Output negative = new Output(p.id(), p.kind(), p.title(), p.date(), p.venue(), p.doi(), "", true, -1,
                "CNKI", p.citationAsOf(), -0.5, Map.of(), p.contributors(), 1);
        assertEquals(List.of("output.negativeCitations", "output.negativeImpact"),
                codes(ProfileRules.validate(negative)));

        Output transfer = new Output(new OutputId(3), OutputKind.TECH_TRANSFER, "专利实施许可", LocalDate.of(2024, 2, 1),
                "专利实施许可合同", "", "JS-2024-001", false, null, "", null, null,
                Map.of(OutputAttribute.AMOUNT, "-1000", OutputAttribute.PARTNER, "南京某公司"),
                List.of(mine(100)), 1);
        List<Violation> v = ProfileRules.validate(transfer);
        assertEquals(List.of("output.negativeAmount"), codes(v));
        assertEquals("attributes.amount", v.get(0).field());
    }

    @Test
    void citationsNeedTheirSourceAndDate() {
        Output p = ProfileFixtures.paper(1, true, mine(100));
        Output bare = new Output(p.id(), p.kind(), p.title(), p.date(), p.venue(), p.doi(), "", true, 5, "", null,
                null, Map.of(), p.contributors(), 1);
        assertEquals(List.of("output.citationSourceRequired", "output.citationAsOfRequired"),
                codes(ProfileRules.validate(bare)));
    }

    @Test
    void patentsNeedTheirNumberTypeAndStatus() {
        Output p = ProfileFixtures.patent(2, mine(100));
        Output bad = new Output(p.id(), p.kind(), p.title(), p.date(), p.venue(), "", "", false, null, "", null, null,
                Map.of(OutputAttribute.PATENT_TYPE, "UTILITY", OutputAttribute.PCT, "yes"), p.contributors(), 1);
        List<Violation> v = ProfileRules.validate(bad);
        assertEquals(List.of("externalId", "attributes.patentType", "attributes.patentStatus", "attributes.pct"),
                v.stream().map(Violation::field).toList());
        assertEquals(List.of("output.externalIdRequired", "output.badChoice", "output.attributeRequired",
                "output.badChoice"), codes(v));
    }

    @Test
    void aProjectEndsOnOrAfterItsStart() {
        Output project = new Output(new OutputId(4), OutputKind.PROJECT, "面上项目", LocalDate.of(2024, 1, 1),
                "国家自然科学基金面上项目", "", "62476001", false, null, "", null, null,
                Map.of(OutputAttribute.FUNDER, "国家自然科学基金委员会", OutputAttribute.LEVEL, "NATIONAL",
                        OutputAttribute.ROLE, "PI", OutputAttribute.AMOUNT, "500000.00",
                        OutputAttribute.END_DATE, "2023-12-31"),
                List.of(mine(100)), 1);
        assertEquals(List.of("output.endBeforeStart"), codes(ProfileRules.validate(project)));
    }

    @Test
    void aDoiMustLookLikeOne() {
        Output p = ProfileFixtures.paper(1, true, mine(100));
        Output bad = new Output(p.id(), p.kind(), p.title(), p.date(), p.venue(), "doi 1360/abc", "", true, null, "",
                null, null, Map.of(), p.contributors(), 1);
        assertEquals(List.of("output.doiInvalid"), codes(ProfileRules.validate(bad)));
        Output prefixed = new Output(p.id(), p.kind(), p.title(), p.date(), p.venue(),
                "https://doi.org/10.1360/SSI-2023-1", "", true, null, "", null, null, Map.of(), p.contributors(), 1);
        assertEquals(List.of(), codes(ProfileRules.validate(prefixed)));
    }

    // ------------------------------------------------------------------------------------- representative works

    private static List<RepresentativeWork> works(long... ids) {
        List<RepresentativeWork> works = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            works.add(new RepresentativeWork(0, ME, new OutputId(ids[i]), i + 1, "我负责方法设计与实验", "与本次评价的研究方向直接相关"));
        }
        return works;
    }

    private static Map<OutputId, Output> outputs(Output... outputs) {
        Map<OutputId, Output> m = new HashMap<>();
        for (Output o : outputs) {
            m.put(o.id(), o);
        }
        return m;
    }

    @ParameterizedTest(name = "{0} domestic of {1} papers: {2}")
    @CsvSource({
            // the MOST 2020 rule: at least 1/3 of the representative papers in domestic journals
            "1, 3, ''",
            "0, 3, repWork.domesticShareLow",
            "1, 4, repWork.domesticShareLow",
            "2, 4, ''",
            "2, 6, ''",
            "1, 5, repWork.domesticShareLow",
            "0, 0, ''",
    })
    void aThirdOfTheRepresentativePapersOfBasicResearchAreDomestic(int domestic, int papers, String expected) {
        List<Output> list = new ArrayList<>();
        for (int i = 0; i < papers; i++) {
            list.add(ProfileFixtures.paper(i + 1, i < domestic, mine(100)));
        }
        list.add(ProfileFixtures.patent(100, mine(100)));
        long[] ids = list.stream().mapToLong(o -> o.id().value()).toArray();
        Map<ResearchCategory, Integer> max = Map.of(ResearchCategory.BASIC, 10);
        ProfileSettings d = ProfileSettings.defaults();
        ProfileSettings settings = new ProfileSettings(d.titleLadder(), d.disciplines(), d.categories(),
                d.categoryLabels(), d.talentTags(), 16, max, 1.0 / 3.0, d.domesticCategories(), d.domesticSeverity());
        List<Violation> v = ProfileRules.validateRepresentativeWorks(ME, ResearchCategory.BASIC, works(ids),
                outputs(list.toArray(Output[]::new)), settings);
        assertEquals(expected.isEmpty() ? List.of() : List.of(expected), codes(v));
        assertFalse(ProfileRules.blocks(v), "a low domestic share warns by default");
    }

    @Test
    void theDomesticShareRuleAppliesOnlyToItsCategoriesAndCanBlock() {
        Map<OutputId, Output> o = outputs(ProfileFixtures.paper(1, false, mine(100)));
        ProfileSettings warn = ProfileSettings.defaults();
        assertEquals(List.of(), codes(ProfileRules.validateRepresentativeWorks(ME, ResearchCategory.APPLIED, works(1), o,
                warn)));
        ProfileSettings block = ProfileSettings.fromMap(Map.of(ProfileSettings.REP_DOMESTIC_SEVERITY, "ERROR"));
        assertTrue(ProfileRules.blocks(ProfileRules.validateRepresentativeWorks(ME, ResearchCategory.BASIC, works(1),
                o, block)));
    }

    @Test
    void moreWorksThanTheCategoryAllowsAreRefused() {
        ProfileSettings three = ProfileSettings.fromMap(Map.of(ProfileSettings.REP_MAX_PREFIX + "APPLIED", "3"));
        Map<OutputId, Output> o = outputs(ProfileFixtures.patent(1, mine(100)), ProfileFixtures.patent(2, mine(100)),
                ProfileFixtures.patent(3, mine(100)), ProfileFixtures.patent(4, mine(100)));
        List<Violation> v = ProfileRules.validateRepresentativeWorks(ME, ResearchCategory.APPLIED, works(1, 2, 3, 4), o,
                three);
        assertEquals(List.of("repWork.tooMany"), codes(v));
        assertEquals(List.of(4, 3), v.get(0).args());
        assertEquals(List.of(), ProfileRules.validateRepresentativeWorks(ME, ResearchCategory.APPLIED, works(1, 2, 3),
                o, three));
    }

    @Test
    void everyWorkCreditsTheResearcherOnceAndHasBothStatements() {
        Map<OutputId, Output> o = outputs(ProfileFixtures.patent(1, mine(100)), ProfileFixtures.patent(2, other(8, 100)));
        List<RepresentativeWork> list = new ArrayList<>(works(1, 2, 1));
        list.add(new RepresentativeWork(0, ME, new OutputId(9), 4, "x", "y"));
        list.set(0, new RepresentativeWork(0, ME, new OutputId(1), 1, " ", ""));
        List<Violation> v = ProfileRules.validateRepresentativeWorks(ME, ResearchCategory.APPLIED, list, o,
                ProfileSettings.defaults());
        assertEquals(List.of("repWork.contributionRequired", "repWork.relevanceRequired", "repWork.notCredited",
                "repWork.duplicate", "repWork.unknownOutput"), codes(v));
        assertEquals(List.of("works[0].contributionStatement", "works[0].relevanceStatement", "works[1].output",
                "works[2].output", "works[3].output"), v.stream().map(Violation::field).toList());
    }
}
