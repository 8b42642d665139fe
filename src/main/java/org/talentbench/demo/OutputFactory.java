package org.talentbench.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.talentbench.core.researcher.Contribution;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.ResearcherId;

/**
 * Makes the outputs one researcher leads, with colleagues credited beside them.
 *
 * <p>How many of each kind: a Poisson draw from a per-year rate that depends on the research category in force on
 * the day (basic research leans to papers, applied to patents, standards, software and transfer, public welfare to
 * policy reports, datasets and service, national major tasks to projects), scaled by the person's heavy-tailed
 * productivity weight and by the years they were active in the window. Nothing is made before the hire date, after
 * the last active day or, where avoidable, during a career break. Co-authors are colleagues active on that day,
 * mostly from the same department; declared shares of one output are whole percentages above 0 that add up to at
 * most 100. Identifier serials (DOIs, patent and registration numbers) are running counters, which keeps them
 * unique. Confined to the generating thread.
 */
final class OutputFactory {
    private static final OutputKind[] KINDS = OutputKind.values();

    /**
     * Outputs led per active year at productivity weight 1, by category (rows) and {@link OutputKind} (columns:
     * journal, conference, monograph, patent, standard, software, transfer, project, award, policy report, dataset,
     * talent cultivation — made yearly for supervisors instead — and academic service).
     */
    private static final double[][] RATES = {
            {6.0, 1.8, 0.04, 0.6, 0.02, 0.3, 0.05, 1.0, 0.10, 0.03, 0.4, 0, 2.2},
            {2.2, 1.0, 0.03, 3.2, 0.45, 1.5, 0.9, 1.0, 0.12, 0.05, 0.2, 0, 1.2},
            {2.5, 0.6, 0.05, 0.4, 0.5, 0.6, 0.1, 0.9, 0.08, 1.6, 1.4, 0, 2.8},
            {2.6, 0.8, 0.03, 1.8, 0.3, 0.6, 0.3, 2.5, 0.25, 0.15, 0.3, 0, 1.4},
    };
    /** Calibrates the rates to about 100 outputs per researcher over eight years, all kinds together. */
    static final double SCALE = 1.36;

    private static final double[] TEAM_PAPER = {0.35, 0.33, 0.2, 0.12};
    private static final double[] TEAM_PATENT = {0.3, 0.35, 0.25, 0.1};
    private static final double[] TEAM_STANDARD = {0.3, 0.3, 0.25, 0.15};
    private static final double[] TEAM_SMALL = {0.5, 0.3, 0.2};
    private static final double[] TEAM_PROJECT = {0.3, 0.3, 0.25, 0.15};
    private static final double[] TEAM_AWARD = {0.15, 0.25, 0.3, 0.3};
    private static final double[] EXTERNAL_AUTHORS = {0.1, 0.15, 0.22, 0.2, 0.15, 0.1, 0.04, 0.02, 0.01, 0.01};
    private static final String[] FOREIGN_NAMES = {"Michael Becker", "Anna Rossi", "Hiroshi Tanaka", "Sarah Johnson",
            "David Müller", "Min-jun Kim", "Rajesh Kumar", "Elena Petrova", "Thomas Martin", "Laura García",
            "Pieter de Vries", "Yuki Sato", "James Wilson", "Sophie Laurent"};
    private static final String[] CITIES = {"南京", "苏州", "无锡", "常州", "南通", "扬州", "镇江", "泰州", "徐州", "盐城",
            "连云港", "淮安", "宿迁", "上海", "杭州", "合肥", "深圳"};
    private static final double[] CITY_WEIGHTS = {4, 5, 3, 2.5, 1.5, 1, 1, 1, 1, 0.8, 0.5, 0.5, 0.4, 2, 1, 0.8, 1.2};
    private static final String BRAND_CHARS = "芯晶瑞恒博远启航智源泰康德创微纳联睿达信驰科华金鑫凯安宏拓峰越昇迈锐";
    private static final String[] LEVELS = {"NATIONAL", "MINISTERIAL", "PROVINCIAL", "MUNICIPAL", "INSTITUTE"};

    private final DemoSpec spec;
    private final Staff staff;
    private final int refDay;
    private final int windowStartDay;
    private final LocalDate citationAsOf;

    private long doiSerial = 100_000;
    private long patentSerial;
    private long softwareSerial;
    private long contractSerial;
    private long standardSerial;
    private long grantSerial;
    private long bookSerial;
    private long accessionSerial;

    // the output being built
    private SplittableRandom rng;
    private int lead;
    private int day;
    private Fields.Field field;
    private ResearchCategory category;
    private final int[] team = new int[4];
    private int teamSize;
    private final int[] shares = new int[4];
    private Integer citations;
    private String citationSource;
    private LocalDate citationDate;
    private Double fieldImpact;

    OutputFactory(DemoSpec spec, Staff staff) {
        this.spec = spec;
        this.staff = staff;
        this.refDay = (int) spec.referenceDate().toEpochDay();
        this.windowStartDay = (int) spec.windowStart().toEpochDay();
        this.citationAsOf = spec.referenceDate().withDayOfMonth(1);
    }

    /** Appends every output researcher {@code i} leads to {@code out}. */
    void generateFor(int i, List<Output> out) {
        rng = Streams.forResearcher(spec.seed(), i, Streams.OUTPUTS);
        lead = i;
        int from = Math.max(windowStartDay, staff.hireDay[i]);
        int to = Math.min(refDay, staff.lastActiveDay[i]);
        if (to < from) {
            return;
        }
        int change = staff.changeDay[i];
        if (change > from && change <= to) {
            segment(from, change - 1, out);
            segment(change, to, out);
        } else {
            segment(from, to, out);
        }
        if (staff.supervisor[i]) {
            cultivation(from, to, out);
        }
    }

    private void segment(int from, int to, List<Output> out) {
        category = staff.categoryAt(lead, from);
        field = Fields.ALL.get(staff.deptAt(lead, from));
        double years = (to - from + 1) / 365.25;
        double w = staff.weight[lead];
        for (OutputKind kind : KINDS) {
            if (kind == OutputKind.TALENT_CULTIVATION) {
                continue;
            }
            double lambda = RATES[category.ordinal()][kind.ordinal()] * SCALE * years * fieldFactor(kind)
                    * (kind == OutputKind.ACADEMIC_SERVICE ? Math.sqrt(w) : w);
            int count = poisson(rng, lambda);
            for (int c = 0; c < count; c++) {
                day = drawDay(from, to);
                out.add(make(kind));
            }
        }
    }

    private double fieldFactor(OutputKind kind) {
        boolean strategy = field == Fields.STP;
        return switch (kind) {
            case PATENT -> strategy ? 0.05 : 1;
            case SOFTWARE_COPYRIGHT -> strategy ? 0.5 : 1;
            case TECH_TRANSFER -> strategy ? 0.2 : 1;
            case POLICY_REPORT -> strategy ? 2.5 : 0.6;
            case STANDARD -> strategy ? 0.6 : 1;
            default -> 1;
        };
    }

    private int drawDay(int from, int to) {
        int d = from;
        for (int attempt = 0; attempt < 4; attempt++) {
            d = from + rng.nextInt(to - from + 1);
            if (!staff.onBreak(lead, d)) {
                return d;
            }
        }
        return d;
    }

    private Output make(OutputKind kind) {
        return switch (kind) {
            case JOURNAL_PAPER -> paper(true);
            case CONFERENCE_PAPER -> paper(false);
            case MONOGRAPH -> monograph();
            case PATENT -> patent();
            case STANDARD -> standard();
            case SOFTWARE_COPYRIGHT -> software();
            case TECH_TRANSFER -> transfer();
            case PROJECT -> project();
            case AWARD -> award();
            case POLICY_REPORT -> policyReport();
            case DATASET -> dataset();
            case ACADEMIC_SERVICE -> service();
            case TALENT_CULTIVATION -> throw new IllegalStateException("made yearly");
        };
    }

    // ---------------------------------------------------------------- papers

    private Output paper(boolean journal) {
        Venue venue;
        if (journal) {
            venue = rng.nextDouble() < domesticShare() ? pick(field.domesticJournals()) : pick(field.internationalJournals());
        } else {
            venue = pick(field.conferences());
        }
        boolean english = venue.englishTitle();
        int k = chooseTeam(TEAM_PAPER);
        int externals = ProfileFactory.weighted(rng, EXTERNAL_AUTHORS);
        int m = k + externals;
        int[] owner = new int[m];
        java.util.Arrays.fill(owner, -1);
        int leadSlot = staff.titleRank[lead] >= 2 && m > 1 && rng.nextDouble() < 0.35 ? m - 1 : 0;
        owner[leadSlot] = 0;
        for (int t = 1; t < k; t++) {
            int slot;
            do {
                slot = rng.nextInt(m);
            } while (owner[slot] >= 0);
            owner[slot] = t;
        }
        int corresponding;
        if (leadSlot == m - 1 || m == 1 || rng.nextDouble() < (staff.titleRank[lead] >= 2 ? 0.6 : 0.25)) {
            corresponding = leadSlot;
        } else {
            corresponding = m - 1;
        }
        divideShares(k, externals > 0);

        StringBuilder authors = new StringBuilder(m * 16);
        List<Contribution> contributors = new ArrayList<>(k);
        for (int s = 0; s < m; s++) {
            if (s > 0) {
                authors.append("; ");
            }
            int t = owner[s];
            if (t >= 0) {
                int r = team[t];
                authors.append(english ? staff.byline[r] : staff.nameZh[r]);
                contributors.add(new Contribution(new ResearcherId(staff.id[r]), s + 1, s == corresponding, shares[t]));
            } else {
                authors.append(externalName(english));
            }
        }
        int[] words = words();
        String title = english ? titleEn(words) : titleZh(words);
        String keywords = keywords(words, english);
        int year = LocalDate.ofEpochDay(day).getYear();
        String doi = venue.hasDoi() && rng.nextDouble() < (venue.domestic() ? 0.9 : 0.97) ? venue.doi(year, doiSerial++) : "";
        citations(venue, !journal);
        return new Output(OutputId.NEW, journal ? OutputKind.JOURNAL_PAPER : OutputKind.CONFERENCE_PAPER, title,
                LocalDate.ofEpochDay(day), venue.name(), doi, "", journal && venue.domestic(), citations,
                citationSource, citationDate, fieldImpact,
                Map.of(OutputAttribute.AUTHORS, authors.toString(), OutputAttribute.KEYWORDS, keywords),
                contributors, 0);
    }

    private double domesticShare() {
        double share = switch (category) {
            case BASIC -> 0.38;
            case APPLIED -> 0.5;
            case PUBLIC_WELFARE -> 0.62;
            case NATIONAL_MAJOR_TASK -> 0.45;
        };
        return field == Fields.STP ? Math.min(0.85, share + 0.2) : share;
    }

    private void citations(Venue venue, boolean conference) {
        if (rng.nextDouble() < 0.08) {
            citations = null;
            citationSource = "";
            citationDate = null;
            fieldImpact = null;
            return;
        }
        double years = Math.max(0.05, (refDay - day) / 365.25);
        double baseline = (venue.domestic() && !venue.englishTitle() ? 1.2 : 3.5) * StrictMath.pow(Math.min(years, 6), 1.1)
                * (conference ? 0.7 : 1);
        double expected = baseline * StrictMath.pow(venue.tier(), 1.3) * (0.6 + 0.4 * Math.sqrt(staff.weight[lead]));
        int count = (int) Math.round(expected * StrictMath.exp(Streams.gaussian(rng) * 0.9 - 0.405));
        citations = count;
        citationSource = venue.domestic() && !venue.englishTitle() ? "CNKI" : "OpenAlex";
        citationDate = citationAsOf;
        if (years >= 2 && "OpenAlex".equals(citationSource) && rng.nextDouble() < 0.5) {
            fieldImpact = Math.round(count / (baseline * 2.0) * 100) / 100.0;
        } else {
            fieldImpact = null;
        }
    }

    private String externalName(boolean english) {
        if (english && rng.nextDouble() < 0.12) {
            return FOREIGN_NAMES[rng.nextInt(FOREIGN_NAMES.length)];
        }
        ChineseNames.Name name = ChineseNames.randomName(rng, rng.nextBoolean() ? Gender.MALE : Gender.FEMALE);
        return english ? name.byline() : name.zh();
    }

    // ---------------------------------------------------------------- other kinds

    private Output monograph() {
        String[][] publishers = publishers();
        String[] publisher = publishers[rng.nextInt(publishers.length)];
        boolean english = publisher[0].equals("Springer");
        int k = chooseTeam(TEAM_SMALL);
        divideShares(k, rng.nextDouble() < 0.3);
        int[] words = words();
        String title;
        if (english) {
            title = switch (rng.nextInt(2)) {
                case 0 -> capitalise(en().objects()[words[1]]) + ": Principles and Applications";
                default -> capitalise(en().methods()[words[0]]) + " for " + en().apps()[words[3]];
            };
        } else {
            title = switch (rng.nextInt(3)) {
                case 0 -> zh().objects()[words[1]] + "原理与技术";
                case 1 -> zh().objects()[words[1]] + zh().goals()[words[2]] + "方法";
                default -> zh().methods()[words[0]] + "及其在" + zh().apps()[words[3]] + "中的应用";
            };
        }
        String isbn = Identifiers.isbn13(publisher[1], 10_000 + 7 * bookSerial++);
        String doi = english ? "10.1007/" + isbn : "";
        return new Output(OutputId.NEW, OutputKind.MONOGRAPH, title, LocalDate.ofEpochDay(day), publisher[0], doi, isbn,
                false, null, "", null, null, Map.of(OutputAttribute.KEYWORDS, keywords(words, english)),
                ordered(k, 1), 0);
    }

    private String[][] publishers() {
        String[] science = {"科学出版社", "7-03"};
        String[] springer = {"Springer", "981-99"};
        return switch (field.code()) {
            case "IC" -> new String[][]{science, {"电子工业出版社", "7-121"}, {"清华大学出版社", "7-302"}, springer};
            case "MAT", "BIO" -> new String[][]{science, {"化学工业出版社", "7-122"}, springer};
            case "AI" -> new String[][]{{"清华大学出版社", "7-302"}, {"电子工业出版社", "7-121"}, {"人民邮电出版社", "7-115"}, springer};
            case "EQP" -> new String[][]{{"机械工业出版社", "7-111"}, science, springer};
            case "NET" -> new String[][]{{"人民邮电出版社", "7-115"}, {"电子工业出版社", "7-121"}, springer};
            case "QST" -> new String[][]{science, springer};
            default -> new String[][]{{"经济管理出版社", "7-5096"}, science};
        };
    }

    private Output patent() {
        double u = rng.nextDouble();
        String type;
        if (field == Fields.EQP) {
            type = u < 0.55 ? "INVENTION" : u < 0.9 ? "UTILITY_MODEL" : "DESIGN";
        } else {
            type = u < 0.86 ? "INVENTION" : u < 0.98 ? "UTILITY_MODEL" : "DESIGN";
        }
        double yearsAgo = (refDay - day) / 365.25;
        boolean invention = type.equals("INVENTION");
        double pApplied = invention ? (yearsAgo < 1 ? 0.7 : yearsAgo < 3 ? 0.35 : 0.15) : (yearsAgo < 0.5 ? 0.5 : 0.05);
        String status;
        int filingDay;
        if (rng.nextDouble() < pApplied) {
            status = "APPLIED";
            filingDay = day;
        } else {
            double v = rng.nextDouble();
            boolean applied = category == ResearchCategory.APPLIED;
            status = v < (applied ? 0.14 : 0.07) ? "LICENSED" : v < (applied ? 0.26 : 0.13) ? "TRANSFERRED" : "GRANTED";
            filingDay = day - (invention ? 540 + rng.nextInt(560) : 120 + rng.nextInt(200));
        }
        boolean pct = invention && rng.nextDouble() < 0.08;
        int filingYear = LocalDate.ofEpochDay(filingDay).getYear();
        int typeDigit = type.equals("DESIGN") ? 3 : type.equals("UTILITY_MODEL") ? 2 : pct ? 8 : 1;
        String number = Identifiers.cnPatentNumber(filingYear, typeDigit, 100_000 + 13 * patentSerial++);

        int[] words = words();
        Fields.Vocab v = zh();
        String object = v.objects()[words[1]];
        String title = switch (type) {
            case "DESIGN" -> object + (rng.nextBoolean() ? "控制终端" : "检测仪");
            case "UTILITY_MODEL" -> rng.nextBoolean() ? "一种" + object + "检测装置"
                    : "一种用于" + v.apps()[words[3]] + "的" + object + "结构";
            default -> switch (rng.nextInt(4)) {
                case 0 -> "一种基于" + v.methods()[words[0]] + "的" + object + v.goals()[words[2]] + "方法";
                case 1 -> "一种" + object + (field == Fields.MAT || field == Fields.BIO ? "及其制备方法" : "及其控制方法");
                case 2 -> "一种用于" + v.apps()[words[3]] + "的" + object + "系统";
                default -> object + v.goals()[words[2]] + "装置及方法";
            };
        };
        int k = chooseTeam(TEAM_PATENT);
        divideShares(k, rng.nextDouble() < 0.2);
        return new Output(OutputId.NEW, OutputKind.PATENT, title, LocalDate.ofEpochDay(day), "国家知识产权局", "", number,
                false, null, "", null, null,
                Map.of(OutputAttribute.PATENT_TYPE, type, OutputAttribute.PATENT_STATUS, status,
                        OutputAttribute.PCT, Boolean.toString(pct)),
                ordered(k, 1), 0);
    }

    private Output standard() {
        double u = rng.nextDouble();
        String level = u < 0.3 ? "NATIONAL" : u < 0.65 ? "INDUSTRY" : "GROUP";
        if (level.equals("INDUSTRY") && field == Fields.STP) {
            level = "GROUP";
        }
        int year = LocalDate.ofEpochDay(day).getYear();
        long serial = standardSerial++;
        String number;
        String issuer;
        switch (level) {
            case "NATIONAL" -> {
                number = String.format("GB/T %d-%d", 40_000 + serial % 5_000, year);
                issuer = "国家市场监督管理总局 国家标准化管理委员会";
            }
            case "INDUSTRY" -> {
                String prefix = field.industryStandardPrefix();
                number = String.format("%s %d-%d", prefix, 11_000 + serial % 900, year);
                issuer = prefix.startsWith("YY") ? "国家药品监督管理局" : "中华人民共和国工业和信息化部";
            }
            default -> {
                String prefix = field.groupStandardPrefix();
                number = String.format("%s %03d-%d", prefix, 1 + serial % 400, year);
                issuer = groupIssuer(prefix);
            }
        }
        int[] words = words();
        Fields.Vocab v = zh();
        String title = switch (rng.nextInt(4)) {
            case 0 -> v.objects()[words[1]] + "技术要求";
            case 1 -> v.objects()[words[1]] + "测试方法";
            case 2 -> v.objects()[words[1]] + "通用规范";
            default -> v.apps()[words[3]] + "用" + v.objects()[words[1]] + "评价指南";
        };
        int k = chooseTeam(TEAM_STANDARD);
        divideShares(k, rng.nextDouble() < 0.8);
        String role = rng.nextDouble() < (staff.titleRank[lead] >= 2 ? 0.5 : 0.25) ? "LEAD_DRAFTER" : "DRAFTER";
        return new Output(OutputId.NEW, OutputKind.STANDARD, title, LocalDate.ofEpochDay(day), issuer, "", number, false,
                null, "", null, null, Map.of(OutputAttribute.STANDARD_LEVEL, level, OutputAttribute.ROLE, role),
                ordered(k, 1), 0);
    }

    private static String groupIssuer(String prefix) {
        return switch (prefix) {
            case "T/CESA" -> "中国电子工业标准化技术协会";
            case "T/CSTM" -> "中关村材料试验技术联盟";
            case "T/CPHARMA" -> "中国药学会";
            case "T/CMES" -> "中国机械工程学会";
            case "T/CCSA" -> "中国通信标准化协会";
            default -> "中国技术经济学会";
        };
    }

    private Output software() {
        int[] words = words();
        Fields.Vocab v = zh();
        int version = 1 + (rng.nextDouble() < 0.3 ? rng.nextInt(3) + 1 : 0);
        String title = switch (rng.nextInt(3)) {
            case 0 -> v.objects()[words[1]] + v.goals()[words[2]] + "软件V" + version + ".0";
            case 1 -> v.apps()[words[3]] + v.objects()[words[1]] + "管理平台V" + version + ".0";
            default -> v.methods()[words[0]] + "仿真分析系统V" + version + ".0";
        };
        int year = LocalDate.ofEpochDay(day).getYear();
        String number = String.format("%dSR%07d", year, 100_000 + 7 * softwareSerial++);
        int k = chooseTeam(TEAM_SMALL);
        divideShares(k, false);
        return new Output(OutputId.NEW, OutputKind.SOFTWARE_COPYRIGHT, title, LocalDate.ofEpochDay(day),
                "中华人民共和国国家版权局", "", number, false, null, "", null, null, Map.of(), ordered(k, 1), 0);
    }

    private Output transfer() {
        int[] words = words();
        Fields.Vocab v = zh();
        String object = v.objects()[words[1]] + v.goals()[words[2]];
        double u = rng.nextDouble();
        String contract;
        String title;
        if (u < 0.35) {
            contract = "技术转让合同";
            title = object + "相关专利技术转让";
        } else if (u < 0.6) {
            contract = "专利实施许可合同";
            title = v.objects()[words[1]] + "专利实施许可";
        } else if (u < 0.9) {
            contract = "技术开发合同";
            title = v.apps()[words[3]] + "用" + v.objects()[words[1]] + "技术开发";
        } else {
            contract = "技术服务合同";
            title = object + "技术服务";
        }
        double median = 600_000 * (category == ResearchCategory.APPLIED ? 1.5 : 1) * StrictMath.pow(staff.weight[lead], 0.3);
        long amount = Math.round(median * StrictMath.exp(Streams.gaussian(rng) * 1.1) / 1000.0) * 1000;
        amount = Math.max(50_000, Math.min(80_000_000, amount));
        int year = LocalDate.ofEpochDay(day).getYear();
        String number = String.format("%d320100%06d", year, 1000 + contractSerial++ % 990_000);
        int k = chooseTeam(TEAM_SMALL);
        divideShares(k, false);
        return new Output(OutputId.NEW, OutputKind.TECH_TRANSFER, title, LocalDate.ofEpochDay(day), contract, "", number,
                false, null, "", null, null,
                Map.of(OutputAttribute.AMOUNT, Long.toString(amount), OutputAttribute.PARTNER, company()),
                ordered(k, 1), 0);
    }

    private String company() {
        String city = CITIES[ProfileFactory.weighted(rng, CITY_WEIGHTS)];
        char a = BRAND_CHARS.charAt(rng.nextInt(BRAND_CHARS.length()));
        char b;
        do {
            b = BRAND_CHARS.charAt(rng.nextInt(BRAND_CHARS.length()));
        } while (b == a);
        String industry = field.companyIndustries()[rng.nextInt(field.companyIndustries().length)];
        return city + a + b + industry + (rng.nextDouble() < 0.2 ? "股份有限公司" : "有限公司");
    }

    private Output project() {
        Programs.Program program = chooseProgram();
        String[] specials = Programs.keySpecialProgrammes(field.code());
        String name = program.name().contains("%s") ? String.format(program.name(), specials[rng.nextInt(specials.length)])
                : program.name();
        String role;
        if (program.individual()) {
            role = "PI";
        } else {
            double u = rng.nextDouble();
            int rank = staff.titleRank[lead];
            boolean local = !program.level().equals("NATIONAL");
            if (rank == 3 && u < (local ? 0.5 : 0.25)) {
                role = "PI";
            } else if (rank >= 2 && u < (local ? 0.75 : 0.6)) {
                role = "SUB_PROJECT_LEAD";
            } else {
                role = local && rank >= 1 && u < 0.4 ? "PI" : "PARTICIPANT";
            }
        }
        long amount = program.minAmount() == program.maxAmount() ? program.minAmount()
                : Math.round((program.minAmount() + rng.nextDouble() * (program.maxAmount() - program.minAmount())) / 10_000.0) * 10_000;
        if (role.equals("SUB_PROJECT_LEAD")) {
            amount = Math.round(amount * (0.15 + 0.2 * rng.nextDouble()) / 10_000.0) * 10_000;
        }
        LocalDate start = LocalDate.ofEpochDay(day);
        LocalDate end = start.plusYears(program.years()).minusDays(1);
        int[] words = words();
        Fields.Vocab v = zh();
        String object = v.objects()[words[1]];
        String title = switch (program.individual() ? rng.nextInt(3) : 3 + rng.nextInt(2)) {
            case 0 -> object + v.goals()[words[2]] + "的基础科学问题研究";
            case 1 -> v.methods()[words[0]] + "驱动的" + object + v.goals()[words[2]] + "研究";
            case 2 -> object + v.goals()[words[2]] + "机理研究";
            case 3 -> "面向" + v.apps()[words[3]] + "的" + object + "关键技术研究与示范";
            default -> object + v.goals()[words[2]] + "关键技术";
        };
        int k = chooseTeam(TEAM_PROJECT);
        divideShares(k, !role.equals("PI"));
        return new Output(OutputId.NEW, OutputKind.PROJECT, title, start, name, "", grantNumber(program, start.getYear()),
                false, null, "", null, null,
                Map.of(OutputAttribute.FUNDER, program.funder(), OutputAttribute.LEVEL, program.level(),
                        OutputAttribute.ROLE, role, OutputAttribute.AMOUNT, Long.toString(amount),
                        OutputAttribute.END_DATE, end.toString()),
                ordered(k, 1), 0);
    }

    private Programs.Program chooseProgram() {
        double[] w = new double[Programs.ALL.length];
        for (int p = 0; p < w.length; p++) {
            Programs.Program program = Programs.ALL[p];
            w[p] = eligible(program) ? program.weight(category, field.code()) : 0;
        }
        return Programs.ALL[ProfileFactory.weighted(rng, w)];
    }

    private boolean eligible(Programs.Program program) {
        double age = (day - staff.birthDay[lead]) / 365.25;
        boolean female = staff.female[lead];
        int rank = staff.titleRank[lead];
        boolean doctor = staff.doctorate[lead];
        return switch (program.eligibility()) {
            case ANYONE -> true;
            case DOCTOR -> doctor;
            case YOUNG -> doctor && age < (female ? 40 : 35);
            case EXCELLENT_YOUNG -> doctor && rank >= 2 && age < (female ? 40 : 38);
            case DISTINGUISHED_YOUNG -> doctor && rank == 3 && age < 45;
            case SENIOR -> doctor && rank == 3;
        };
    }

    private String grantNumber(Programs.Program program, int year) {
        long serial = grantSerial++;
        char division = field.nsfcDivision();
        String decade = year < 2020 ? "1" : "2";
        return switch (program.style()) {
            case NSFC_YOUTH -> division + decade + (year % 10) + "04" + String.format("%03d", serial % 1000);
            case NSFC_GENERAL -> division + decade + (year % 10) + "74" + String.format("%03d", serial % 1000);
            case NSFC_KEY -> division + decade + (year % 10) + "34" + String.format("%03d", serial % 1000);
            case NSFC_EXCELLENT -> division + decade + (year % 10) + "22" + String.format("%03d", serial % 1000);
            case NSFC_DISTINGUISHED -> division + decade + (year % 10) + "25" + String.format("%03d", serial % 1000);
            case MOST -> String.format("%dYFB%07d", year, 1_000_000 + serial % 9_000_000);
            case JS_NSF -> String.format("BK%d%04d", year, serial % 10_000);
            case JS_BE -> String.format("BE%d%03d", year, serial % 1000);
            case JS_SOFT -> String.format("BR%d%03d", year, serial % 1000);
            case MIIT -> String.format("TC%d%04d", year, serial % 10_000);
            case NANJING -> String.format("%d11%04d", year, serial % 10_000);
            case SUZHOU -> String.format("SYG%d%03d", year, serial % 1000);
            case INSTITUTE -> String.format("JSIAT-%d-%03d", year, serial % 1000);
        };
    }

    private Output award() {
        double u = rng.nextDouble();
        String level;
        String award;
        boolean natural = category == ResearchCategory.BASIC;
        if (u < 0.04) {
            level = "NATIONAL";
            award = (natural ? "国家自然科学奖" : rng.nextDouble() < 0.3 ? "国家技术发明奖" : "国家科学技术进步奖") + " 二等奖";
        } else if (u < 0.46) {
            level = "PROVINCIAL";
            award = "江苏省科学技术奖 " + grade(0.2, 0.4);
        } else if (u < 0.76) {
            level = "MINISTERIAL";
            award = societyAward() + " " + grade(0.25, 0.45);
        } else if (u < 0.92) {
            level = "MUNICIPAL";
            award = (rng.nextBoolean() ? "南京市科学技术奖" : "苏州市科学技术奖") + " " + grade(0.25, 0.4);
        } else {
            level = "INSTITUTE";
            award = "院科技成果奖 " + (rng.nextBoolean() ? "一等奖" : "二等奖");
        }
        int[] words = words();
        Fields.Vocab v = zh();
        String object = v.objects()[words[1]];
        String title = natural ? object + v.goals()[words[2]] + "的机理研究"
                : rng.nextBoolean() ? object + v.goals()[words[2]] + "关键技术及应用"
                : v.apps()[words[3]] + "用" + object + "关键技术研发及产业化";
        int k = chooseTeam(TEAM_AWARD);
        int leadRank = 1 + Math.min(6, (int) (-StrictMath.log(1 - rng.nextDouble()) * 1.3));
        divideShares(k, true);
        return new Output(OutputId.NEW, OutputKind.AWARD, title, LocalDate.ofEpochDay(day), award, "", "", false, null,
                "", null, null, Map.of(OutputAttribute.LEVEL, level, OutputAttribute.RANK, Integer.toString(leadRank)),
                ordered(k, leadRank), 0);
    }

    private String grade(double first, double second) {
        double u = rng.nextDouble();
        return u < first ? "一等奖" : u < first + second ? "二等奖" : "三等奖";
    }

    private String societyAward() {
        return switch (field.code()) {
            case "IC" -> "中国电子学会科学技术奖";
            case "MAT" -> "中国材料研究学会科学技术奖";
            case "AI" -> "吴文俊人工智能科学技术奖";
            case "BIO" -> "中国药学会科学技术奖";
            case "EQP" -> "中国机械工业科学技术奖";
            case "NET" -> "中国通信学会科学技术奖";
            case "QST" -> "中国光学学会光学科技奖";
            default -> "中国科学学与科技政策研究会优秀成果奖";
        };
    }

    private Output policyReport() {
        double u = rng.nextDouble();
        int level = u < 0.08 ? 0 : u < 0.23 ? 1 : u < 0.65 ? 2 : u < 0.87 ? 3 : 4;
        String channel = switch (level) {
            case 0 -> rng.nextBoolean() ? "获中央领导同志批示" : "被中共中央办公厅、国务院办公厅采用";
            case 1 -> rng.nextBoolean() ? "被科技部《科技工作专报》采用" : "被工业和信息化部采纳";
            case 2 -> switch (rng.nextInt(3)) {
                case 0 -> "获江苏省委省政府主要领导肯定性批示";
                case 1 -> "被江苏省委办公厅《参阅件》采用";
                default -> "被江苏省政府办公厅《决策参阅》采用";
            };
            case 3 -> rng.nextBoolean() ? "获南京市委市政府领导批示" : "被苏州市政府研究室采纳";
            default -> "院《决策咨询专报》刊发";
        };
        int[] words = words();
        Fields.Vocab v = zh();
        String object = v.objects()[words[1]];
        String title = switch (rng.nextInt(5)) {
            case 0 -> "关于强化" + object + "支撑" + v.apps()[words[3]] + "的建议";
            case 1 -> "推进" + v.apps()[words[3]] + "亟需破解" + object + "瓶颈";
            case 2 -> object + v.goals()[words[2]] + "的现状、问题与对策";
            case 3 -> "关于加快" + field.techTagZh(staff.primaryTechTag[lead]) + "领域关键核心技术攻关的建议";
            default -> "国内外" + object + "发展态势及对江苏的启示";
        };
        int k = chooseTeam(TEAM_SMALL);
        divideShares(k, false);
        return new Output(OutputId.NEW, OutputKind.POLICY_REPORT, title, LocalDate.ofEpochDay(day), channel, "", "",
                false, null, "", null, null, Map.of(OutputAttribute.LEVEL, LEVELS[level]), ordered(k, 1), 0);
    }

    private Output dataset() {
        int[] words = words();
        double u = rng.nextDouble();
        String repository;
        String doi = "";
        String accession = "";
        boolean english = false;
        int year = LocalDate.ofEpochDay(day).getYear();
        if (u < 0.5) {
            repository = "Science Data Bank";
            doi = "10.57760/sciencedb." + doiSerial++;
        } else if (u < 0.75) {
            repository = "Zenodo";
            doi = "10.5281/zenodo." + doiSerial++;
            english = true;
        } else if (field == Fields.BIO) {
            repository = "国家基因组科学数据中心";
            accession = String.format("CRA%06d", 10_000 + accessionSerial++);
        } else {
            repository = "国家科技资源共享服务平台";
            accession = String.format("CSTR:16666.11.%d%06d", year, accessionSerial++);
        }
        String title;
        if (english) {
            title = "A benchmark dataset for " + en().goals()[words[2]] + " of " + en().objects()[words[1]];
        } else {
            Fields.Vocab v = zh();
            title = rng.nextBoolean() ? v.apps()[words[3]] + "场景" + v.objects()[words[1]] + v.goals()[words[2]] + "数据集"
                    : v.objects()[words[1]] + v.goals()[words[2]] + "基准数据集（" + year + "）";
        }
        int k = chooseTeam(TEAM_SMALL);
        divideShares(k, false);
        return new Output(OutputId.NEW, OutputKind.DATASET, title, LocalDate.ofEpochDay(day), repository, doi, accession,
                false, null, "", null, null, Map.of(OutputAttribute.KEYWORDS, keywords(words, english)), ordered(k, 1), 0);
    }

    private Output service() {
        double u = rng.nextDouble();
        String type;
        String title;
        String venue;
        if (u < 0.6) {
            type = "REVIEWING";
            Venue journal = rng.nextBoolean() ? pick(field.domesticJournals()) : pick(field.internationalJournals());
            venue = journal.name();
            title = "担任" + label(journal) + "审稿人";
        } else if (u < 0.72) {
            type = "EDITORSHIP";
            Venue journal = rng.nextBoolean() ? pick(field.domesticJournals()) : pick(field.internationalJournals());
            venue = journal.name();
            title = journal.domestic() ? "担任" + label(journal) + "青年编委" : "担任" + journal.name() + "客座编辑（Guest Editor）";
        } else {
            type = "COMMITTEE";
            venue = field.societies()[rng.nextInt(field.societies().length)];
            title = "任" + venue + "委员";
        }
        List<Contribution> self = List.of(new Contribution(new ResearcherId(staff.id[lead]), 0, false, 100));
        return new Output(OutputId.NEW, OutputKind.ACADEMIC_SERVICE, title, LocalDate.ofEpochDay(day), venue, "", "",
                false, null, "", null, null, Map.of(OutputAttribute.SERVICE_TYPE, type), self, 0);
    }

    private static String label(Venue journal) {
        return journal.englishTitle() ? journal.name() : "《" + journal.name() + "》";
    }

    private void cultivation(int from, int to, List<Output> out) {
        int firstYear = LocalDate.ofEpochDay(from).getYear();
        int lastYear = LocalDate.ofEpochDay(to).getYear();
        String[] universities = universities();
        String university = universities[rng.nextInt(universities.length)];
        for (int y = firstYear; y <= lastYear; y++) {
            LocalDate end = LocalDate.of(y, 12, 31);
            int d = (int) end.toEpochDay();
            if (d < from || d > to || rng.nextDouble() >= 0.9) {
                continue;
            }
            double rankFactor = staff.titleRank[lead] == 3 ? 1.6 : staff.titleRank[lead] == 2 ? 1.0 : 0.5;
            int supervised = Math.min(12, 1 + poisson(rng, 1.5 * rankFactor * Math.sqrt(staff.weight[lead])));
            int graduated = Math.min(supervised, poisson(rng, 0.35 * supervised));
            List<Contribution> self = List.of(new Contribution(new ResearcherId(staff.id[lead]), 0, false, 100));
            out.add(new Output(OutputId.NEW, OutputKind.TALENT_CULTIVATION, y + "年度研究生联合培养（" + university + "）",
                    end, university, "", "", false, null, "", null, null,
                    Map.of(OutputAttribute.STUDENTS_SUPERVISED, Integer.toString(supervised),
                            OutputAttribute.STUDENTS_GRADUATED, Integer.toString(graduated)),
                    self, 0));
        }
    }

    private String[] universities() {
        return switch (field.code()) {
            case "BIO" -> new String[]{"中国药科大学", "南京大学", "苏州大学"};
            case "EQP" -> new String[]{"南京航空航天大学", "东南大学", "南京理工大学"};
            case "IC", "NET" -> new String[]{"东南大学", "南京邮电大学", "南京大学"};
            case "AI" -> new String[]{"南京大学", "东南大学", "中国科学院大学"};
            case "MAT" -> new String[]{"南京工业大学", "南京大学", "中国科学院大学"};
            case "QST" -> new String[]{"南京大学", "中国科学技术大学", "中国科学院大学"};
            default -> new String[]{"南京大学", "东南大学", "河海大学"};
        };
    }

    // ---------------------------------------------------------------- teams and shares

    /** Fills {@link #team} with the lead and colleagues active on {@link #day}; returns the team size. */
    private int chooseTeam(double[] sizes) {
        int wanted = 1 + ProfileFactory.weighted(rng, sizes);
        team[0] = lead;
        teamSize = 1;
        int home = staff.deptAt(lead, day);
        for (int attempt = 0; teamSize < wanted && attempt < wanted * 8; attempt++) {
            int d = rng.nextDouble() < 0.85 ? home : rng.nextInt(staff.members.length);
            int[] members = staff.members[d];
            if (members.length == 0) {
                continue;
            }
            int candidate = members[rng.nextInt(members.length)];
            if (!staff.activeOn(candidate, day) || inTeam(candidate)) {
                continue;
            }
            team[teamSize++] = candidate;
        }
        return teamSize;
    }

    private boolean inTeam(int candidate) {
        for (int t = 0; t < teamSize; t++) {
            if (team[t] == candidate) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whole-percent shares for the {@code k} team members in {@link #shares}: the lead takes 35–80 % of what the
     * institute's people hold (at least
     * an equal part), the others split the rest; with outside contributors the institute holds 60–100 %.
     * Every share is at least 1 and the sum never exceeds 100.
     */
    private void divideShares(int k, boolean outsiders) {
        int total = outsiders ? 100 - 5 * rng.nextInt(9) : 100;
        if (k == 1) {
            shares[0] = total;
            return;
        }
        double low = k == 2 ? 0.5 : k == 3 ? 0.4 : 0.35;
        int leadShare = (int) Math.round(total * (low + 0.3 * rng.nextDouble()));
        leadShare = Math.max(1, Math.min(total - (k - 1), leadShare));
        int rest = total - leadShare;
        double[] w = new double[k];
        double sum = 0;
        for (int t = 1; t < k; t++) {
            w[t] = 0.5 + rng.nextDouble();
            sum += w[t];
        }
        int given = 0;
        for (int t = 1; t < k; t++) {
            shares[t] = Math.max(1, (int) Math.floor(rest * w[t] / sum));
            given += shares[t];
        }
        while (given > rest) {
            int largest = 1;
            for (int t = 2; t < k; t++) {
                if (shares[t] > shares[largest]) {
                    largest = t;
                }
            }
            shares[largest]--;
            given--;
        }
        shares[0] = leadShare;
    }

    /**
     * Contributions in team order at positions {@code leadPosition}, {@code leadPosition + 1} … (inventor, drafter,
     * member or award rank order); "corresponding" is a paper notion and stays false.
     */
    private List<Contribution> ordered(int k, int leadPosition) {
        List<Contribution> list = new ArrayList<>(k);
        for (int t = 0; t < k; t++) {
            list.add(new Contribution(new ResearcherId(staff.id[team[t]]), leadPosition + t, false, shares[t]));
        }
        return list;
    }

    // ---------------------------------------------------------------- words

    private Fields.Vocab zh() {
        return field.zh();
    }

    private Fields.Vocab en() {
        return field.en();
    }

    /** Indices of a method, an object, a goal and an application in the field's vocabulary. */
    private int[] words() {
        Fields.Vocab v = field.zh();
        return new int[]{rng.nextInt(v.methods().length), rng.nextInt(v.objects().length), rng.nextInt(v.goals().length),
                rng.nextInt(v.apps().length)};
    }

    private String titleZh(int[] x) {
        Fields.Vocab v = zh();
        String m = v.methods()[x[0]];
        String o = v.objects()[x[1]];
        String g = v.goals()[x[2]];
        String a = v.apps()[x[3]];
        return switch (rng.nextInt(6)) {
            case 0 -> "基于" + m + "的" + o + g + "方法";
            case 1 -> "面向" + a + "的" + o + g + "研究";
            case 2 -> m + "在" + o + g + "中的应用";
            case 3 -> o + g + "研究进展";
            case 4 -> a + "场景下" + o + "的" + g + "机理";
            default -> m + "驱动的" + o + "设计与实现";
        };
    }

    private String titleEn(int[] x) {
        Fields.Vocab v = en();
        String m = v.methods()[x[0]];
        String o = v.objects()[x[1]];
        String g = v.goals()[x[2]];
        String a = v.apps()[x[3]];
        return capitalise(switch (rng.nextInt(6)) {
            case 0 -> m + " for " + g + " of " + o;
            case 1 -> o + " with " + m + ": toward " + a;
            case 2 -> "improving the " + g + " of " + o + " via " + m;
            case 3 -> "toward " + a + ": " + m + " for " + o;
            case 4 -> "on the " + g + " of " + o + " in " + a;
            default -> "understanding " + g + " in " + o + " through " + m;
        });
    }

    private String keywords(int[] x, boolean english) {
        Fields.Vocab v = english ? en() : zh();
        return v.methods()[x[0]] + "; " + v.objects()[x[1]] + "; " + v.goals()[x[2]] + "; " + v.apps()[x[3]];
    }

    /** Upper-cases the first letter unless the first word is an acronym-like mixed-case token (mRNA, npj). */
    static String capitalise(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        if (s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private <T> T pick(T[] values) {
        return values[rng.nextInt(values.length)];
    }

    static int poisson(SplittableRandom rng, double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda > 30) {
            return Math.max(0, (int) Math.round(lambda + Math.sqrt(lambda) * Streams.gaussian(rng)));
        }
        double limit = StrictMath.exp(-lambda);
        double p = 1;
        int k = 0;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > limit);
        return k - 1;
    }
}
