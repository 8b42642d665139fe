package org.talentbench.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Orcid;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Makes researcher profiles one at a time and records in {@link Staff} what output generation needs later.
 * Department, age band and (within a department) research category are dealt from exact quotas shuffled with the
 * seed, so that even a small institute has the intended mix instead of whatever luck gives; the rest of a profile
 * draws from its own random stream (seed and index).
 * Confined to the generating thread.
 */
final class ProfileFactory {
    static final String[] TITLES = {"研究实习员", "助理研究员", "副研究员", "研究员"};
    static final String EMAIL_DOMAIN = "jsiat.example";
    private static final double[] CATEGORY_BASE = {0.35, 0.40, 0.12, 0.13};
    private static final int[] AGE_FROM = {24, 30, 35, 40, 45, 50, 55, 60};
    private static final int[] AGE_TO = {29, 34, 39, 44, 49, 54, 59, 62};
    private static final double[] AGE_SHARE = {0.13, 0.21, 0.20, 0.15, 0.12, 0.09, 0.07, 0.03};
    private static final LocalDate FOUNDED = LocalDate.of(1996, 3, 1);

    private final DemoSpec spec;
    private final Staff staff;
    private final LocalDate ref;
    private final LocalDate windowStart;
    private final byte[] departmentOf;
    private final byte[] ageBandOf;
    private final byte[] categoryOf;
    private final int[] hiresPerYear = new int[300];
    private final Set<String> names = new HashSet<>();
    private final Map<String, Integer> emails = new HashMap<>();
    private final Set<String> orcids = new HashSet<>();

    ProfileFactory(DemoSpec spec, Staff staff) {
        this.spec = spec;
        this.staff = staff;
        this.ref = spec.referenceDate();
        this.windowStart = spec.windowStart();
        int n = spec.researchers();
        SplittableRandom shuffle = new SplittableRandom(Streams.mix64(spec.seed() ^ 0x243F6A8885A308D3L));
        double[] departmentWeights = new double[Fields.ALL.size()];
        for (int d = 0; d < departmentWeights.length; d++) {
            departmentWeights[d] = Fields.ALL.get(d).weight();
        }
        departmentOf = Quotas.shuffled(n, departmentWeights, shuffle);
        ageBandOf = Quotas.shuffled(n, AGE_SHARE, shuffle);
        categoryOf = new byte[n];
        for (int d = 0; d < departmentWeights.length; d++) {
            int size = 0;
            for (byte x : departmentOf) {
                size += x == d ? 1 : 0;
            }
            double[] w = new double[4];
            for (int c = 0; c < 4; c++) {
                w[c] = CATEGORY_BASE[c] * Fields.ALL.get(d).categoryTilt()[c];
            }
            byte[] categories = Quotas.shuffled(size, w, shuffle);
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (departmentOf[i] == d) {
                    categoryOf[i] = categories[k++];
                }
            }
        }
    }

    Researcher make(int i) {
        SplittableRandom rng = Streams.forResearcher(spec.seed(), i, Streams.PROFILE);
        int d = departmentOf[i];
        Fields.Field field = Fields.ALL.get(d);

        Gender gender = rng.nextDouble() < femaleShare(field) ? Gender.FEMALE : Gender.MALE;
        ChineseNames.Name name = uniqueName(rng, gender);

        int band = ageBandOf[i];
        int age = AGE_FROM[band] + rng.nextInt(AGE_TO[band] - AGE_FROM[band] + 1);
        LocalDate birth = ref.minusYears(age).minusDays(rng.nextInt(365));

        Degree degree;
        LocalDate degreeDate;
        if (age < 27) {
            degree = rng.nextDouble() < 0.88 ? Degree.MASTER : Degree.BACHELOR;
        } else {
            double pDoctor = age < 50 ? 0.9 : 0.72;
            double u = rng.nextDouble();
            degree = u < pDoctor ? Degree.DOCTORATE : u < pDoctor + (1 - pDoctor) * 0.8 ? Degree.MASTER : Degree.BACHELOR;
        }
        LocalDate latestDegree = ref.minusDays(90);
        if (degree == Degree.DOCTORATE) {
            int defenceAge = 26 + (int) Math.min(8, -StrictMath.log(1 - rng.nextDouble()) * 2.5);
            degreeDate = birth.plusYears(defenceAge).plusDays(rng.nextInt(365));
            if (degreeDate.isAfter(latestDegree)) {
                LocalDate earliest = birth.plusYears(26);
                long span = Math.max(1, ChronoUnit.DAYS.between(earliest, latestDegree));
                degreeDate = earliest.plusDays(rng.nextLong(span));
            }
        } else {
            int at = degree == Degree.MASTER ? 24 + rng.nextInt(2) : 22;
            degreeDate = LocalDate.of(birth.getYear() + at, 6, 20 + rng.nextInt(10));
            while (degreeDate.isAfter(latestDegree)) {
                degreeDate = degreeDate.minusYears(1);
            }
        }

        LocalDate hire = hireDate(rng, degree, degreeDate);
        int titleRank = titleRank(rng, degree, degreeDate);
        double weight = Math.min(3.5, StrictMath.exp(0.9 * Streams.gaussian(rng) - 0.405)) * new double[]{0.45, 0.85, 1.1, 1.35}[titleRank];

        ResearchCategory category = Staff.CATEGORIES[categoryOf[i]];
        String discipline = field.disciplines()[weighted(rng, field.disciplineWeights())];

        // status and the last day of research activity
        EmploymentStatus status = EmploymentStatus.ACTIVE;
        LocalDate lastActive = ref;
        LocalDate sixtieth = birth.plusYears(60);
        if (!sixtieth.isAfter(ref) && rng.nextDouble() < 0.75) {
            status = EmploymentStatus.RETIRED;
            lastActive = sixtieth.minusDays(1);
        } else if (hire.isBefore(ref.minusYears(1)) && rng.nextDouble() < 0.045) {
            status = EmploymentStatus.LEFT;
            LocalDate from = max(hire.plusDays(180), windowStart);
            lastActive = from.plusDays(rng.nextLong(Math.max(1, ChronoUnit.DAYS.between(from, ref.minusDays(30)))));
        } else if (hire.isBefore(ref.minusYears(4)) && rng.nextDouble() < 0.065) {
            lastActive = ref.minusYears(3).minusDays(rng.nextInt(720));
        }

        // history: a few changed category (about three years ago) or department
        List<Assignment> history = new ArrayList<>(2);
        byte previousCategory = Staff.NONE;
        int previousDept = Staff.NONE;
        LocalDate change = null;
        if (hire.isBefore(ref.minusYears(4)) && rng.nextDouble() < 0.07) {
            change = ref.minusYears(3).plusDays(rng.nextInt(361) - 180L);
            previousCategory = (byte) drawCategory(rng, field, category).ordinal();
        }
        if (hire.isBefore(ref.minusYears(3)) && rng.nextDouble() < 0.03) {
            if (change == null) {
                LocalDate from = max(hire.plusYears(1), windowStart);
                change = from.plusDays(rng.nextLong(Math.max(1, ChronoUnit.DAYS.between(from, ref.minusMonths(6)))));
            }
            previousDept = (d + 1 + rng.nextInt(Fields.ALL.size() - 1)) % Fields.ALL.size();
        }
        if (change != null && (change.isAfter(lastActive) || !change.isAfter(hire))) {
            change = null;
            previousCategory = Staff.NONE;
            previousDept = Staff.NONE;
        }
        if (change != null) {
            ResearchCategory before = previousCategory == Staff.NONE ? category : Staff.CATEGORIES[previousCategory];
            String deptBefore = previousDept == Staff.NONE ? field.code() : Fields.ALL.get(previousDept).code();
            history.add(new Assignment(hire, before, deptBefore));
            history.add(new Assignment(change, category, field.code()));
        } else {
            history.add(new Assignment(hire, category, field.code()));
        }

        List<CareerBreak> breaks = careerBreaks(rng, gender, birth, hire, lastActive, titleRank);

        // tags
        Set<String> talentTags = new LinkedHashSet<>();
        double boost = Math.min(3, weight);
        if (titleRank == 3 && rng.nextDouble() < 0.06 * boost) {
            talentTags.add("leading-talent");
        }
        if (titleRank >= 2 && rng.nextDouble() < 0.09 * boost) {
            talentTags.add("jiangsu-333");
        }
        if (titleRank >= 2 && rng.nextDouble() < 0.04 * boost) {
            talentTags.add("six-talent-peaks");
        }
        if (degree == Degree.DOCTORATE && hire.isAfter(windowStart) && rng.nextDouble() < 0.05 * boost) {
            talentTags.add("jiangsu-shuangchuang");
        }
        if (degree == Degree.DOCTORATE && age < 40 && titleRank >= 2 && rng.nextDouble() < 0.03 * boost) {
            talentTags.add("nsfc-excellent-young");
        }
        if (titleRank == 3 && age < 52 && rng.nextDouble() < 0.04 * boost) {
            talentTags.add("nsfc-distinguished-young");
        }
        Set<String> techTags = new LinkedHashSet<>();
        String[] own = field.techTags();
        int tagCount = 1 + rng.nextInt(Math.min(3, own.length));
        while (techTags.size() < tagCount) {
            techTags.add(own[rng.nextInt(own.length)]);
        }
        String primaryTag = techTags.iterator().next();
        if (rng.nextDouble() < 0.08) {
            Fields.Field other = Fields.ALL.get((d + 1 + rng.nextInt(Fields.ALL.size() - 1)) % Fields.ALL.size());
            techTags.add(other.techTags()[rng.nextInt(other.techTags().length)]);
        }

        double pOrcid = new double[]{0.72, 0.4, 0.32, 0.45}[category.ordinal()] * (age < 45 ? 1.1 : 0.75);
        String orcid = rng.nextDouble() < pOrcid ? uniqueOrcid(rng) : "";

        String employeeNo = employeeNumber(hire.getYear());
        String email = uniqueEmail(name);
        String phone = String.format("025-8%03d%04d", 600 + rng.nextInt(100), rng.nextInt(10_000));

        // compact state for output generation
        staff.dept[i] = d;
        staff.category[i] = (byte) category.ordinal();
        staff.previousCategory[i] = previousCategory;
        staff.previousDept[i] = previousDept;
        staff.changeDay[i] = change == null ? Integer.MAX_VALUE : (int) change.toEpochDay();
        staff.hireDay[i] = (int) hire.toEpochDay();
        staff.lastActiveDay[i] = (int) lastActive.toEpochDay();
        staff.birthDay[i] = (int) birth.toEpochDay();
        staff.female[i] = gender == Gender.FEMALE;
        staff.active[i] = status == EmploymentStatus.ACTIVE;
        staff.weight[i] = weight;
        staff.titleRank[i] = (byte) titleRank;
        staff.doctorate[i] = degree == Degree.DOCTORATE;
        staff.supervisor[i] = degree == Degree.DOCTORATE && (titleRank >= 2 || titleRank == 1 && rng.nextDouble() < 0.3);
        staff.ignoresDomesticQuota[i] = rng.nextDouble() < 0.1;
        staff.nameZh[i] = name.zh();
        staff.byline[i] = name.byline();
        staff.primaryTechTag[i] = primaryTag;
        if (!breaks.isEmpty()) {
            int[] b = new int[breaks.size() * 2];
            for (int k = 0; k < breaks.size(); k++) {
                b[2 * k] = (int) breaks.get(k).start().toEpochDay();
                b[2 * k + 1] = (int) breaks.get(k).end().toEpochDay();
            }
            staff.breaks[i] = b;
        }

        return new Researcher(ResearcherId.NEW, employeeNo, name.zh(), name.latin(), gender, birth, degree, degreeDate,
                hire, field.code(), TITLES[titleRank], discipline, category, talentTags, orcid, email, phone, techTags,
                status, breaks, history, 0);
    }

    private static double femaleShare(Fields.Field field) {
        return switch (field.code()) {
            case "BIO" -> 0.5;
            case "STP" -> 0.55;
            case "MAT" -> 0.35;
            case "AI" -> 0.3;
            case "IC" -> 0.28;
            case "EQP" -> 0.18;
            default -> 0.25;
        };
    }

    private ChineseNames.Name uniqueName(SplittableRandom rng, Gender gender) {
        ChineseNames.Name name = ChineseNames.randomName(rng, gender);
        for (int attempt = 0; attempt < 20 && names.contains(name.zh()); attempt++) {
            name = ChineseNames.randomName(rng, gender);
        }
        names.add(name.zh());
        return name;
    }

    private LocalDate hireDate(SplittableRandom rng, Degree degree, LocalDate degreeDate) {
        double u = rng.nextDouble();
        LocalDate hire;
        if (degree == Degree.DOCTORATE) {
            if (u < 0.6) {
                hire = degreeDate.plusDays(30 + rng.nextInt(220));
            } else if (u < 0.85) {
                hire = degreeDate.plusYears(2).plusDays(rng.nextInt(200));
            } else {
                hire = degreeDate.plusYears(3 + rng.nextInt(13)).plusDays(rng.nextInt(365));
            }
        } else {
            hire = u < 0.7 ? degreeDate.plusDays(20 + rng.nextInt(90))
                    : degreeDate.plusYears(1 + rng.nextInt(8)).plusDays(rng.nextInt(365));
        }
        if (hire.isBefore(FOUNDED)) {
            hire = FOUNDED.plusDays(rng.nextInt(2000));
        }
        LocalDate latest = ref.minusDays(30);
        if (hire.isAfter(latest)) {
            LocalDate earliest = degreeDate.plusDays(30);
            hire = earliest.isAfter(latest) ? earliest
                    : earliest.plusDays(rng.nextLong(Math.max(1, ChronoUnit.DAYS.between(earliest, latest))));
        }
        return hire;
    }

    private int titleRank(SplittableRandom rng, Degree degree, LocalDate degreeDate) {
        double years = ChronoUnit.DAYS.between(degreeDate, ref) / 365.25;
        if (degree == Degree.DOCTORATE) {
            double associate = 5 + Math.abs(Streams.gaussian(rng)) * 3;
            double full = Math.max(associate + 4, 15 + Streams.gaussian(rng) * 4);
            return years >= full ? 3 : years >= associate ? 2 : 1;
        }
        if (degree == Degree.MASTER) {
            return years < 3 ? 0 : years < 11 ? 1 : years < 22 || rng.nextDouble() < 0.6 ? 2 : 3;
        }
        return years < 5 ? 0 : years < 13 ? 1 : 2;
    }

    private static ResearchCategory drawCategory(SplittableRandom rng, Fields.Field field, ResearchCategory except) {
        double[] w = new double[4];
        for (int c = 0; c < 4; c++) {
            w[c] = except != null && except.ordinal() == c ? 0 : CATEGORY_BASE[c] * field.categoryTilt()[c];
        }
        return Staff.CATEGORIES[weighted(rng, w)];
    }

    private List<CareerBreak> careerBreaks(SplittableRandom rng, Gender gender, LocalDate birth, LocalDate hire,
                                           LocalDate lastActive, int titleRank) {
        List<CareerBreak> breaks = new ArrayList<>(2);
        LocalDate from = max(hire, windowStart);
        int ageMid = (int) ChronoUnit.YEARS.between(birth, ref.minusYears(4));
        if (gender == Gender.FEMALE && ageMid >= 24 && ageMid <= 42 && rng.nextDouble() < 0.4) {
            LocalDate start = between(rng, from, lastActive.minusDays(158));
            if (start != null) {
                breaks.add(new CareerBreak(0, CareerBreakKind.MATERNITY, start, start.plusDays(157), "产假（含生育奖励假）"));
                LocalDate second = between(rng, start.plusYears(2), lastActive.minusDays(158));
                if (second != null && rng.nextDouble() < 0.25) {
                    breaks.add(new CareerBreak(0, CareerBreakKind.MATERNITY, second, second.plusDays(157),
                            "产假（二孩，含生育奖励假）"));
                }
            }
        }
        if (gender == Gender.MALE && ageMid >= 26 && ageMid <= 40 && rng.nextDouble() < 0.12) {
            LocalDate start = between(rng, from, lastActive.minusDays(15));
            if (start != null) {
                breaks.add(new CareerBreak(0, CareerBreakKind.PATERNITY, start, start.plusDays(14), "陪产假"));
            }
        }
        if (rng.nextDouble() < 0.025) {
            int days = 100 + rng.nextInt(200);
            LocalDate start = between(rng, from, lastActive.minusDays(days));
            if (start != null && !overlaps(breaks, start, start.plusDays(days - 1L))) {
                breaks.add(new CareerBreak(0, CareerBreakKind.LONG_ILLNESS, start, start.plusDays(days - 1L), "因病长期休养"));
            }
        }
        if (gender == Gender.MALE && ChronoUnit.YEARS.between(birth, ref) < 38 && rng.nextDouble() < 0.04) {
            LocalDate start = LocalDate.of(birth.getYear() + 19 + rng.nextInt(2), 9, 10);
            breaks.add(new CareerBreak(0, CareerBreakKind.NATIONAL_SERVICE, start, start.plusYears(2).minusDays(1),
                    "大学期间应征入伍服义务兵役"));
        }
        if (titleRank >= 2 && rng.nextDouble() < 0.012) {
            LocalDate start = between(rng, from, lastActive.minusYears(1));
            if (start != null && !overlaps(breaks, start, start.plusYears(1))) {
                breaks.add(new CareerBreak(0, CareerBreakKind.OTHER, start, start.plusYears(1).minusDays(1),
                        "援疆挂职（专业技术人才）"));
            }
        }
        breaks.sort((a, b) -> a.start().compareTo(b.start()));
        return breaks;
    }

    private static boolean overlaps(List<CareerBreak> breaks, LocalDate start, LocalDate end) {
        for (CareerBreak b : breaks) {
            if (!start.isAfter(b.end()) && !end.isBefore(b.start())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate between(SplittableRandom rng, LocalDate from, LocalDate to) {
        long span = ChronoUnit.DAYS.between(from, to);
        return span <= 0 ? null : from.plusDays(rng.nextLong(span));
    }

    private String uniqueOrcid(SplittableRandom rng) {
        while (true) {
            String first15 = (rng.nextDouble() < 0.8 ? "0000000" + (1 + rng.nextInt(3)) : "0009000" + (1 + rng.nextInt(9)))
                    + String.format("%07d", rng.nextInt(10_000_000));
            String id = Orcid.format(first15);
            if (orcids.add(id)) {
                return id;
            }
        }
    }

    private String employeeNumber(int hireYear) {
        int seq = ++hiresPerYear[hireYear - 1900];
        return String.format("JS%d%03d", hireYear, seq);
    }

    private String uniqueEmail(ChineseNames.Name name) {
        String local = name.latin().toLowerCase().replace(" ", "").replace("'", "");
        int n = emails.merge(local, 1, Integer::sum);
        return (n == 1 ? local : local + n) + "@" + EMAIL_DOMAIN;
    }

    static int weighted(SplittableRandom rng, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = rng.nextDouble() * total;
        for (int k = 0; k < weights.length; k++) {
            u -= weights[k];
            if (u < 0) {
                return k;
            }
        }
        return weights.length - 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
