package org.talentbench.exchange.sheet;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.Assignment;
import org.talentbench.core.researcher.CareerBreak;
import org.talentbench.core.researcher.CareerBreakKind;
import org.talentbench.core.researcher.Degree;
import org.talentbench.core.researcher.EmploymentStatus;
import org.talentbench.core.researcher.Gender;
import org.talentbench.core.researcher.ResearchCategory;
import org.talentbench.core.researcher.Researcher;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportProblem;
import org.talentbench.exchange.Limits;

/**
 * Reads researchers from an .xlsx workbook laid out as {@link Templates#RESEARCHERS} (plus the optional
 * {@link Templates#CAREER_BREAKS} and {@link Templates#ASSIGNMENTS} sheets) or from a CSV file of the researchers
 * sheet alone. Every row is validated before anything is returned; researchers come with {@link ResearcherId#NEW}
 * and version 0. A file that cannot be read at all throws {@link ImportException}. Stateless and thread-safe.
 */
public final class ResearcherSheetReader {

    public SheetReadResult<Researcher> read(Path file) {
        return read(file, null);
    }

    /** @param mapping the researchers sheet's header mapping, or null to match headers automatically */
    public SheetReadResult<Researcher> read(Path file, ColumnMapping mapping) {
        return read(String.valueOf(file.getFileName()), Limits.readAll(file), mapping);
    }

    public SheetReadResult<Researcher> read(String fileName, byte[] content, ColumnMapping mapping) {
        List<ImportProblem> problems = new ArrayList<>();
        try (SheetSource source = SheetSource.open(fileName, content)) {
            String sheet = source.sheetFor(Templates.RESEARCHERS, true)
                    .orElseThrow(() -> new ImportException(fileName, "", ImportCodes.SHEET_NO_HEADER));
            Map<String, Integer> firstRowByNo = new HashMap<>();
            Map<String, Integer> firstRowByOrcid = new HashMap<>();
            List<String> locations = new ArrayList<>();
            List<Researcher> researchers = LayoutReader.read(fileName, source, sheet, Templates.RESEARCHERS, mapping,
                    row -> researcher(row, firstRowByNo, firstRowByOrcid), problems, locations);
            Map<String, List<CareerBreak>> breaks = new HashMap<>();
            source.sheetFor(Templates.CAREER_BREAKS, false).ifPresent(s -> LayoutReader.read(fileName, source, s,
                    Templates.CAREER_BREAKS, null, row -> careerBreak(row, firstRowByNo.keySet(), breaks), problems));
            Map<String, List<Assignment>> history = new HashMap<>();
            Map<String, Integer> assignmentKeys = new HashMap<>();
            source.sheetFor(Templates.ASSIGNMENTS, false).ifPresent(s -> LayoutReader.read(fileName, source, s,
                    Templates.ASSIGNMENTS, null, row -> assignment(row, firstRowByNo.keySet(), assignmentKeys,
                            history), problems));
            List<Researcher> out = new ArrayList<>();
            for (Researcher r : researchers) {
                List<CareerBreak> b = new ArrayList<>(breaks.getOrDefault(r.employeeNo(), List.of()));
                b.sort(Comparator.comparing(CareerBreak::start));
                List<Assignment> h = new ArrayList<>(history.getOrDefault(r.employeeNo(), List.of()));
                h.sort(Comparator.comparing(Assignment::validFrom));
                out.add(r.withBreaksAndHistory(b, h));
            }
            return new SheetReadResult<>(out, problems, locations);
        }
    }

    private static Researcher researcher(RowContext row, Map<String, Integer> firstRowByNo,
                                         Map<String, Integer> firstRowByOrcid) {
        String employeeNo = row.text("employeeNo");
        String nameZh = row.text("nameZh");
        String nameLatin = row.text("nameLatin");
        Gender gender = row.choice("gender", Gender.class);
        LocalDate birth = row.date("birthDate");
        Degree degree = row.choice("degree", Degree.class);
        LocalDate degreeDate = row.date("degreeDate");
        LocalDate hire = row.date("hireDate");
        String department = row.text("departmentCode");
        String title = row.text("title");
        String discipline = row.text("discipline");
        ResearchCategory category = row.choice("category", ResearchCategory.class);
        Set<String> talentTags = new LinkedHashSet<>(row.list("talentTags"));
        String orcid = row.orcid("orcid");
        String email = row.text("email");
        String phone = row.text("phone");
        Set<String> techTags = new LinkedHashSet<>(row.list("techTags"));
        EmploymentStatus status = row.choice("status", EmploymentStatus.class);
        if (!employeeNo.isEmpty()) {
            Integer first = firstRowByNo.putIfAbsent(employeeNo, row.row);
            if (first != null) {
                row.problem("employeeNo", ImportCodes.ROW_DUPLICATE, employeeNo, first);
            }
        }
        if (!orcid.isEmpty()) {
            Integer first = firstRowByOrcid.putIfAbsent(orcid, row.row);
            if (first != null) {
                row.problem("orcid", ImportCodes.ROW_DUPLICATE, orcid, first);
            }
        }
        if (row.hasProblems() || employeeNo.isEmpty() || nameZh.isEmpty() || category == null) {
            return null;
        }
        return new Researcher(ResearcherId.NEW, employeeNo, nameZh, nameLatin, gender, birth, degree, degreeDate,
                hire, department, title, discipline, category, talentTags, orcid, email, phone, techTags, status,
                List.of(), List.of(), 0);
    }

    private static CareerBreak careerBreak(RowContext row, Set<String> known, Map<String, List<CareerBreak>> out) {
        String employeeNo = row.text("employeeNo");
        CareerBreakKind kind = row.choice("kind", CareerBreakKind.class);
        LocalDate start = row.date("start");
        LocalDate end = row.date("end");
        String note = row.text("note");
        if (!employeeNo.isEmpty() && !known.contains(employeeNo)) {
            row.problem("employeeNo", ImportCodes.ROW_UNKNOWN_RESEARCHER, employeeNo);
        }
        if (start != null && end != null && end.isBefore(start)) {
            row.problem("end", ImportCodes.ROW_DATE_ORDER, start.toString(), end.toString());
        }
        if (row.hasProblems() || kind == null || start == null || end == null) {
            return null;
        }
        CareerBreak b = new CareerBreak(0, kind, start, end, note);
        out.computeIfAbsent(employeeNo, k -> new ArrayList<>()).add(b);
        return b;
    }

    private static Assignment assignment(RowContext row, Set<String> known, Map<String, Integer> seen,
                                         Map<String, List<Assignment>> out) {
        String employeeNo = row.text("employeeNo");
        LocalDate from = row.date("validFrom");
        ResearchCategory category = row.choice("category", ResearchCategory.class);
        String department = row.text("departmentCode");
        if (!employeeNo.isEmpty() && !known.contains(employeeNo)) {
            row.problem("employeeNo", ImportCodes.ROW_UNKNOWN_RESEARCHER, employeeNo);
        }
        if (from != null && !employeeNo.isEmpty()) {
            Integer first = seen.putIfAbsent(employeeNo + " " + from, row.row);
            if (first != null) {
                row.problem("validFrom", ImportCodes.ROW_DUPLICATE, employeeNo + " " + from, first);
            }
        }
        if (row.hasProblems() || from == null || category == null) {
            return null;
        }
        Assignment a = new Assignment(from, category, department);
        out.computeIfAbsent(employeeNo, k -> new ArrayList<>()).add(a);
        return a;
    }
}
