package org.talentbench.exchange.sheet;

import static org.talentbench.exchange.sheet.ColumnType.ATTRIBUTES;
import static org.talentbench.exchange.sheet.ColumnType.BOOLEAN;
import static org.talentbench.exchange.sheet.ColumnType.CHOICE;
import static org.talentbench.exchange.sheet.ColumnType.DATE;
import static org.talentbench.exchange.sheet.ColumnType.DECIMAL;
import static org.talentbench.exchange.sheet.ColumnType.DOI;
import static org.talentbench.exchange.sheet.ColumnType.INTEGER;
import static org.talentbench.exchange.sheet.ColumnType.LIST;
import static org.talentbench.exchange.sheet.ColumnType.ORCID;
import static org.talentbench.exchange.sheet.ColumnType.TEXT;

import java.util.List;
import org.talentbench.core.researcher.OutputAttribute;

/**
 * The documented spreadsheet templates. Column keys are stable: mappings saved by users and the code refer to them;
 * headers may be reworded. Maximum lengths follow the store's columns.
 *
 * <p>Researchers workbook: {@link #RESEARCHERS} (one row per person), {@link #CAREER_BREAKS} and
 * {@link #ASSIGNMENTS} (rows keyed by employee number; optional sheets). Outputs workbook: {@link #OUTPUTS}, one row
 * per output, contributors of the institute as parallel lists of employee numbers, shares and positions.
 */
public final class Templates {
    private Templates() {
    }

    private static ColumnDef col(String key, String zh, String en, ColumnType type, boolean required, int max,
                                 String example, String noteZh, String noteEn) {
        return new ColumnDef(key, zh, en, type, required, max, null, example, noteZh, noteEn);
    }

    private static ColumnDef choice(String key, String zh, String en, Labels labels, boolean required,
                                    String example, String noteZh, String noteEn) {
        return new ColumnDef(key, zh, en, CHOICE, required, 0, labels, example,
                noteZh + " 可填：" + labels.describe(), noteEn + " One of: " + labels.describe());
    }

    public static final SheetLayout RESEARCHERS = new SheetLayout("researchers", "研究人员", "Researchers", List.of(
            col("employeeNo", "工号", "Employee no.", TEXT, true, 40, "E1001", "本所唯一的工号，其他表据此关联。",
                    "Unique staff number; other sheets refer to it."),
            col("nameZh", "姓名", "Name", TEXT, true, 100, "张伟", "中文姓名。", "Name in Chinese."),
            col("nameLatin", "英文名", "Latin name", TEXT, false, 200, "ZHANG Wei", "拼音或英文姓名，用于匹配论文作者。",
                    "Name in Latin letters, used to match authors."),
            choice("gender", "性别", "Gender", Labels.GENDER, false, "男", "", ""),
            col("birthDate", "出生日期", "Birth date", DATE, false, 0, "1988-05-17",
                    "日期可写作 2020-03-05、2020/3/5、2020年3月5日 或 Excel 日期。",
                    "Dates as 2020-03-05, 2020/3/5, 2020年3月5日 or an Excel date."),
            choice("degree", "最高学位", "Degree", Labels.DEGREE, false, "博士", "", ""),
            col("degreeDate", "学位授予日期", "Degree date", DATE, false, 0, "2015-07-01", "博士为答辩日期。",
                    "For a doctorate, the defence date."),
            col("hireDate", "入职日期", "Hire date", DATE, false, 0, "2015-09-01", "", ""),
            col("departmentCode", "部门代码", "Department code", TEXT, false, 40, "D01", "部门的短代码。",
                    "The department's short code."),
            col("title", "职称", "Title", TEXT, false, 100, "副研究员", "", ""),
            col("discipline", "学科", "Discipline", TEXT, false, 100, "材料科学", "", ""),
            choice("category", "评价类别", "Category", Labels.CATEGORY, true, "基础研究", "分类评价的类别。",
                    "Evaluation category."),
            col("talentTags", "人才称号", "Talent tags", LIST, false, 0, "leading-talent",
                    "多个用分号分隔；不要填写“青年”，系统按出生日期计算。",
                    "Separate with semicolons; never 'young': it is computed from the birth date."),
            col("orcid", "ORCID", "ORCID", ORCID, false, 19, "0000-0002-1825-0097",
                    "可写 https://orcid.org/… 形式；校验位必须正确。", "May be an orcid.org link; the check digit must be right."),
            col("email", "电子邮箱", "Email", TEXT, false, 200, "zhangwei@example.org", "", ""),
            col("phone", "电话", "Phone", TEXT, false, 60, "010-12345678", "", ""),
            col("techTags", "关键核心技术", "Key technologies", LIST, false, 0, "KT-03; KT-07", "技术代码，多个用分号分隔。",
                    "Technology codes separated by semicolons."),
            choice("status", "在职状态", "Status", Labels.STATUS, false, "在职", "空白视为在职。", "Blank means active.")));

    public static final SheetLayout CAREER_BREAKS = new SheetLayout("careerBreaks", "职业中断", "Career breaks", List.of(
            col("employeeNo", "工号", "Employee no.", TEXT, true, 40, "E1001", "须在“研究人员”表中。",
                    "Must be on the researchers sheet."),
            choice("kind", "中断类型", "Kind", Labels.BREAK_KIND, true, "产假", "", ""),
            col("start", "开始日期", "Start", DATE, true, 0, "2019-03-01", "", ""),
            col("end", "结束日期", "End", DATE, true, 0, "2019-08-31", "不早于开始日期。", "Not before the start."),
            col("note", "备注", "Note", TEXT, false, 1000, "", "", "")));

    public static final SheetLayout ASSIGNMENTS = new SheetLayout("assignments", "类别与部门历史", "Category history",
            List.of(
                    col("employeeNo", "工号", "Employee no.", TEXT, true, 40, "E1001", "须在“研究人员”表中。",
                            "Must be on the researchers sheet."),
                    col("validFrom", "生效日期", "Valid from", DATE, true, 0, "2015-09-01", "", ""),
                    choice("category", "评价类别", "Category", Labels.CATEGORY, true, "基础研究", "", ""),
                    col("departmentCode", "部门代码", "Department code", TEXT, true, 40, "D01", "", "")));

    /** Attribute columns of the outputs sheet: column key = attribute key. */
    static final List<String> ATTRIBUTE_KEYS = List.of(OutputAttribute.AUTHORS, OutputAttribute.KEYWORDS,
            OutputAttribute.PATENT_TYPE, OutputAttribute.PATENT_STATUS, OutputAttribute.PCT,
            OutputAttribute.STANDARD_LEVEL, OutputAttribute.ROLE, OutputAttribute.AMOUNT, OutputAttribute.PARTNER,
            OutputAttribute.FUNDER, OutputAttribute.LEVEL, OutputAttribute.END_DATE, OutputAttribute.RANK,
            OutputAttribute.STUDENTS_SUPERVISED, OutputAttribute.STUDENTS_GRADUATED, OutputAttribute.SERVICE_TYPE);

    public static final String OTHER_ATTRIBUTES = "otherAttributes";

    public static final SheetLayout OUTPUTS = new SheetLayout("outputs", "科研成果", "Outputs", List.of(
            choice("kind", "成果类型", "Kind", Labels.OUTPUT_KIND, true, "期刊论文", "", ""),
            col("title", "题名", "Title", TEXT, true, 1000, "一种高强度镁合金的制备方法", "论文题目、专利名称、项目名称等。",
                    "Title of the paper, patent, project …"),
            col("date", "日期", "Date", DATE, true, 0, "2023-06-30", "发表、授权、立项或获奖日期。",
                    "Publication, grant, start or award date."),
            col("venue", "期刊/会议/出版社", "Venue", TEXT, false, 500, "金属学报", "", ""),
            col("doi", "DOI", "DOI", DOI, false, 300, "10.11900/0412.1961.2023.00001",
                    "可写 https://doi.org/… 或 doi:… 形式。", "May be a doi.org link or doi:…"),
            col("externalId", "编号", "Number", TEXT, false, 200, "", "专利号、标准号、登记号或合同号。",
                    "Patent, standard, registration or contract number."),
            col("domesticJournal", "国内期刊", "Domestic journal", BOOLEAN, false, 0, "是", "是/否。", "Yes/no."),
            col("citations", "被引次数", "Citations", INTEGER, false, 0, "12", "", ""),
            col("citationSource", "被引数据来源", "Citation source", TEXT, false, 100, "CNKI", "", ""),
            col("citationAsOf", "被引统计日期", "Citations as of", DATE, false, 0, "2024-12-31", "", ""),
            col("fieldNormalisedImpact", "学科规范化影响力", "Field-normalised impact", DECIMAL, false, 0, "1.35", "", ""),
            col("contributorNos", "本所作者工号", "Contributors", LIST, false, 0, "E1001; E1002",
                    "本所作者的工号，按署名顺序，用分号分隔。", "Employee numbers of the institute's authors, separated by semicolons."),
            col("contributorShares", "贡献份额(%)", "Shares (%)", LIST, false, 0, "60; 40",
                    "与工号一一对应，每项大于 0 且合计不超过 100。", "One per employee number, each above 0, summing to at most 100."),
            col("contributorPositions", "署名位次", "Author positions", LIST, false, 0, "1; 3",
                    "与工号一一对应；可空。", "One per employee number; may be left empty."),
            col("correspondingNos", "通讯作者工号", "Corresponding authors", LIST, false, 0, "E1001",
                    "须是本所作者之一。", "Must be among the contributors."),
            col(OutputAttribute.AUTHORS, "全部作者", "Authors", TEXT, false, 4000, "张伟; 李娜; Smith J", "", ""),
            col(OutputAttribute.KEYWORDS, "关键词", "Keywords", TEXT, false, 4000, "镁合金; 强度", "", ""),
            choice(OutputAttribute.PATENT_TYPE, "专利类型", "Patent type", Labels.PATENT_TYPE, false, "", "", ""),
            choice(OutputAttribute.PATENT_STATUS, "专利状态", "Patent status", Labels.PATENT_STATUS, false, "", "", ""),
            col(OutputAttribute.PCT, "PCT", "PCT", BOOLEAN, false, 0, "", "", ""),
            choice(OutputAttribute.STANDARD_LEVEL, "标准级别", "Standard level", Labels.STANDARD_LEVEL, false, "", "", ""),
            choice(OutputAttribute.ROLE, "角色", "Role", Labels.ROLE, false, "", "", ""),
            col(OutputAttribute.AMOUNT, "金额(元)", "Amount (yuan)", DECIMAL, false, 0, "", "以元为单位，不写千分位。",
                    "In yuan."),
            col(OutputAttribute.PARTNER, "合作单位", "Partner", TEXT, false, 4000, "", "", ""),
            col(OutputAttribute.FUNDER, "资助方", "Funder", TEXT, false, 4000, "", "", ""),
            choice(OutputAttribute.LEVEL, "级别", "Level", Labels.LEVEL, false, "", "", ""),
            col(OutputAttribute.END_DATE, "结束日期", "End date", DATE, false, 0, "", "项目结束日期。", "Project end date."),
            col(OutputAttribute.RANK, "获奖排名", "Rank", INTEGER, false, 0, "", "", ""),
            col(OutputAttribute.STUDENTS_SUPERVISED, "指导学生数", "Students supervised", INTEGER, false, 0, "", "", ""),
            col(OutputAttribute.STUDENTS_GRADUATED, "毕业学生数", "Students graduated", INTEGER, false, 0, "", "", ""),
            choice(OutputAttribute.SERVICE_TYPE, "服务类型", "Service type", Labels.SERVICE_TYPE, false, "", "", ""),
            col(OTHER_ATTRIBUTES, "其他属性", "Other attributes", ATTRIBUTES, false, 0, "",
                    "每行一个 键=值。", "One key=value per line.")));
}
