package org.talentbench.exchange.scholarly;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;
import org.talentbench.exchange.Doi;
import org.talentbench.exchange.FormatDetector;
import org.talentbench.exchange.ImportCodes;
import org.talentbench.exchange.ImportException;
import org.talentbench.exchange.ImportFormat;
import org.talentbench.exchange.ImportProblem;
import org.talentbench.exchange.Limits;
import org.talentbench.exchange.OrcidIds;

/**
 * Reads ORCID API v3.0 responses: the full record and the activities, works, work, fundings, funding, employments
 * and person sections in XML, and the full record in JSON.
 *
 * <p>Mapping: works become outputs (kind from the ORCID work type, date from the publication date with a missing
 * month or day set to 1, venue from the journal title, DOI from the external ids of type doi, preferring a
 * {@code self} relationship); fundings become {@link OutputKind#PROJECT} outputs (funder = organisation, start date,
 * end date, amount when in yuan); employments are listed for information. Each ORCID group holds versions of one
 * item from different sources, listed preferred first, so the first summary of a group is taken; works are then
 * de-duplicated by DOI and by put-code. An item with no date of its own takes the date its ORCID entry was created,
 * with a warning.
 *
 * <p>Errors are {@link ImportException}s. Stateless and thread-safe.
 */
public final class OrcidImporter {
    private static final String ORCID_NS = "http://www.orcid.org/ns/";
    private static final Set<String> XML_ROOTS = Set.of("record", "activities-summary", "works", "work", "fundings",
            "funding", "employments", "employment", "person");

    /** Reads XML or JSON, whichever the content is. */
    public ScholarlyRecord read(String fileName, byte[] content) {
        ImportFormat format = FormatDetector.detect(content, fileName);
        return switch (format) {
            case ORCID_XML -> readXml(fileName, content);
            case ORCID_JSON -> readJson(fileName, content);
            case UNKNOWN -> throw new ImportException(fileName, "", ImportCodes.FORMAT_UNKNOWN);
            default -> throw new ImportException(fileName, "", ImportCodes.FORMAT_UNSUPPORTED, format.name());
        };
    }

    public ScholarlyRecord read(Path file) {
        return read(String.valueOf(file.getFileName()), Limits.readAll(file));
    }

    // ------------------------------------------------------------------ neutral intermediate form

    private record ExtId(String type, String value, String relationship) {
    }

    private record RawWork(String putCode, String type, String title, LocalDate date, LocalDate created,
                           String journal, List<ExtId> ids, List<ImportedAuthor> authors, String location) {
    }

    private record RawFunding(String putCode, String title, LocalDate start, LocalDate end, LocalDate created,
                              String organisation, String amount, String currency, List<ExtId> ids,
                              String location) {
    }

    private static final class Collected {
        final String file;
        String orcid = "";
        String given = "";
        String family = "";
        String credit = "";
        final List<RawWork> works = new ArrayList<>();
        final List<RawFunding> fundings = new ArrayList<>();
        final List<Employment> employments = new ArrayList<>();
        final List<ImportProblem> warnings = new ArrayList<>();

        Collected(String file) {
            this.file = file;
        }

        void orcidFrom(String candidate, String location) {
            if (candidate == null || !orcid.isEmpty()) {
                return;
            }
            Optional<String> id = OrcidIds.normalise(candidate);
            if (id.isPresent()) {
                orcid = id.get();
            } else {
                warnings.add(ImportProblem.of(file, location, ImportCodes.ORCID_INVALID, candidate));
            }
        }
    }

    // ------------------------------------------------------------------ XML

    public ScholarlyRecord readXml(String fileName, byte[] content) {
        XmlTree.Element root = XmlTree.parse(fileName, content);
        if (root.namespace == null || !root.namespace.startsWith(ORCID_NS) || !XML_ROOTS.contains(root.name)) {
            throw new ImportException(fileName, root.location(), ImportCodes.XML_UNEXPECTED_ROOT, root.name);
        }
        Collected c = new Collected(fileName);
        String path = root.attribute("path");
        if (path != null && path.startsWith("/")) {
            String first = path.substring(1).split("/", 2)[0];
            c.orcidFrom(first, root.location());
        }
        switch (root.name) {
            case "record" -> {
                XmlTree.Element id = root.child("orcid-identifier");
                if (id != null) {
                    c.orcid = "";
                    c.orcidFrom(id.text("path"), id.location());
                }
                xmlPerson(root.child("person"), c);
                xmlActivities(root.child("activities-summary"), c);
            }
            case "activities-summary" -> xmlActivities(root, c);
            case "person" -> xmlPerson(root, c);
            case "works" -> xmlWorks(root, c);
            case "work" -> c.works.add(xmlWork(root));
            case "fundings" -> xmlFundings(root, c);
            case "funding" -> c.fundings.add(xmlFunding(root));
            case "employments" -> xmlEmployments(root, c);
            case "employment" -> c.employments.add(xmlEmployment(root));
            default -> throw new IllegalStateException(root.name);
        }
        return finish(c, ImportFormat.ORCID_XML);
    }

    private void xmlPerson(XmlTree.Element person, Collected c) {
        if (person == null) {
            return;
        }
        XmlTree.Element name = person.child("name");
        if (name != null) {
            c.given = orEmpty(name.text("given-names"));
            c.family = orEmpty(name.text("family-name"));
            c.credit = orEmpty(name.text("credit-name"));
        }
    }

    private void xmlActivities(XmlTree.Element activities, Collected c) {
        if (activities == null) {
            return;
        }
        XmlTree.Element works = activities.child("works");
        if (works != null) {
            xmlWorks(works, c);
        }
        XmlTree.Element fundings = activities.child("fundings");
        if (fundings != null) {
            xmlFundings(fundings, c);
        }
        XmlTree.Element employments = activities.child("employments");
        if (employments != null) {
            xmlEmployments(employments, c);
        }
    }

    private void xmlWorks(XmlTree.Element works, Collected c) {
        for (XmlTree.Element group : works.children("group")) {
            XmlTree.Element summary = group.child("work-summary");
            if (summary != null) {
                c.works.add(xmlWork(summary));
            }
        }
    }

    private void xmlFundings(XmlTree.Element fundings, Collected c) {
        for (XmlTree.Element group : fundings.children("group")) {
            XmlTree.Element summary = group.child("funding-summary");
            if (summary != null) {
                c.fundings.add(xmlFunding(summary));
            }
        }
    }

    private void xmlEmployments(XmlTree.Element employments, Collected c) {
        for (XmlTree.Element group : employments.children("affiliation-group")) {
            XmlTree.Element summary = group.child("employment-summary");
            if (summary != null) {
                c.employments.add(xmlEmployment(summary));
            }
        }
        // older layouts list summaries directly
        for (XmlTree.Element summary : employments.children("employment-summary")) {
            c.employments.add(xmlEmployment(summary));
        }
    }

    private RawWork xmlWork(XmlTree.Element w) {
        List<ImportedAuthor> authors = new ArrayList<>();
        XmlTree.Element contributors = w.child("contributors");
        if (contributors != null) {
            int position = 0;
            for (XmlTree.Element con : contributors.children("contributor")) {
                position++;
                String orcid = OrcidIds.normalise(con.text("contributor-orcid", "path")).orElse("");
                authors.add(new ImportedAuthor(orEmpty(con.text("credit-name")), "", "", orcid, position, false));
            }
        }
        XmlTree.Element pub = w.child("publication-date");
        LocalDate date = pub == null ? null : Dates.partial(pub.text("year"), pub.text("month"), pub.text("day"));
        return new RawWork(w.attribute("put-code"), w.text("type"), w.text("title", "title"), date,
                Dates.isoDatePart(w.text("created-date")), w.text("journal-title"), xmlIds(w), authors,
                w.location());
    }

    private RawFunding xmlFunding(XmlTree.Element f) {
        XmlTree.Element amount = f.child("amount");
        return new RawFunding(f.attribute("put-code"), f.text("title", "title"), xmlDate(f.child("start-date")),
                xmlDate(f.child("end-date")), Dates.isoDatePart(f.text("created-date")),
                f.text("organization", "name"), amount == null ? null : amount.text(),
                amount == null ? null : amount.attribute("currency-code"), xmlIds(f), f.location());
    }

    private Employment xmlEmployment(XmlTree.Element e) {
        return new Employment(e.text("organization", "name"), e.text("department-name"), e.text("role-title"),
                xmlDate(e.child("start-date")), xmlDate(e.child("end-date")));
    }

    private static LocalDate xmlDate(XmlTree.Element d) {
        return d == null ? null : Dates.partial(d.text("year"), d.text("month"), d.text("day"));
    }

    private static List<ExtId> xmlIds(XmlTree.Element item) {
        List<ExtId> ids = new ArrayList<>();
        XmlTree.Element ext = item.child("external-ids");
        if (ext != null) {
            for (XmlTree.Element id : ext.children("external-id")) {
                ids.add(new ExtId(id.text("external-id-type"), id.text("external-id-value"),
                        id.text("external-id-relationship")));
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ JSON

    public ScholarlyRecord readJson(String fileName, byte[] content) {
        JsonDoc doc = JsonDoc.parse(fileName, content);
        JsonNode root = doc.root;
        if (!root.isObject() || !(root.has("orcid-identifier") || root.has("activities-summary"))) {
            throw new ImportException(fileName, "", ImportCodes.JSON_UNEXPECTED_SHAPE, "ORCID record");
        }
        Collected c = new Collected(fileName);
        JsonNode id = doc.object(root, "", "orcid-identifier");
        if (id != null) {
            c.orcidFrom(doc.text(id, "/orcid-identifier", "path"), "/orcid-identifier/path");
        }
        JsonNode person = doc.object(root, "", "person");
        if (person != null) {
            JsonNode name = doc.object(person, "/person", "name");
            if (name != null) {
                c.given = orEmpty(doc.valueText(name, "/person/name", "given-names"));
                c.family = orEmpty(doc.valueText(name, "/person/name", "family-name"));
                c.credit = orEmpty(doc.valueText(name, "/person/name", "credit-name"));
            }
        }
        JsonNode activities = doc.object(root, "", "activities-summary");
        if (activities != null) {
            jsonActivities(doc, activities, "/activities-summary", c);
        }
        doc.failIfErrors();
        c.warnings.addAll(0, doc.warnings);
        return finish(c, ImportFormat.ORCID_JSON);
    }

    private void jsonActivities(JsonDoc doc, JsonNode activities, String ptr, Collected c) {
        JsonNode works = doc.object(activities, ptr, "works");
        if (works != null) {
            String wp = JsonDoc.child(ptr, "works");
            JsonNode groups = doc.array(works, wp, "group");
            for (int g = 0; g < groups.size(); g++) {
                String gp = JsonDoc.child(JsonDoc.child(wp, "group"), g);
                JsonNode group = doc.element(groups, JsonDoc.child(wp, "group"), g);
                JsonNode summaries = doc.array(group, gp, "work-summary");
                JsonNode first = summaries.isEmpty() ? null : doc.element(summaries, JsonDoc.child(gp, "work-summary"), 0);
                if (first != null) {
                    c.works.add(jsonWork(doc, first, JsonDoc.child(JsonDoc.child(gp, "work-summary"), 0)));
                }
            }
        }
        JsonNode fundings = doc.object(activities, ptr, "fundings");
        if (fundings != null) {
            String fp = JsonDoc.child(ptr, "fundings");
            JsonNode groups = doc.array(fundings, fp, "group");
            for (int g = 0; g < groups.size(); g++) {
                String gp = JsonDoc.child(JsonDoc.child(fp, "group"), g);
                JsonNode group = doc.element(groups, JsonDoc.child(fp, "group"), g);
                JsonNode summaries = doc.array(group, gp, "funding-summary");
                JsonNode first = summaries.isEmpty() ? null
                        : doc.element(summaries, JsonDoc.child(gp, "funding-summary"), 0);
                if (first != null) {
                    c.fundings.add(jsonFunding(doc, first, JsonDoc.child(JsonDoc.child(gp, "funding-summary"), 0)));
                }
            }
        }
        JsonNode employments = doc.object(activities, ptr, "employments");
        if (employments != null) {
            String ep = JsonDoc.child(ptr, "employments");
            JsonNode groups = doc.array(employments, ep, "affiliation-group");
            for (int g = 0; g < groups.size(); g++) {
                String gp = JsonDoc.child(JsonDoc.child(ep, "affiliation-group"), g);
                JsonNode group = doc.element(groups, JsonDoc.child(ep, "affiliation-group"), g);
                JsonNode summaries = doc.array(group, gp, "summaries");
                JsonNode first = summaries.isEmpty() ? null : doc.element(summaries, JsonDoc.child(gp, "summaries"), 0);
                String sp = JsonDoc.child(JsonDoc.child(gp, "summaries"), 0);
                JsonNode summary = doc.object(first, sp, "employment-summary");
                if (summary != null) {
                    String p = JsonDoc.child(sp, "employment-summary");
                    JsonNode org = doc.object(summary, p, "organization");
                    c.employments.add(new Employment(doc.text(org, JsonDoc.child(p, "organization"), "name"),
                            doc.text(summary, p, "department-name"), doc.text(summary, p, "role-title"),
                            jsonDate(doc, summary, p, "start-date"), jsonDate(doc, summary, p, "end-date")));
                }
            }
        }
    }

    private RawWork jsonWork(JsonDoc doc, JsonNode w, String p) {
        JsonNode title = doc.object(w, p, "title");
        List<ImportedAuthor> authors = new ArrayList<>();
        JsonNode contributors = doc.object(w, p, "contributors");
        if (contributors != null) {
            String cp = JsonDoc.child(p, "contributors");
            JsonNode list = doc.array(contributors, cp, "contributor");
            for (int i = 0; i < list.size(); i++) {
                String ip = JsonDoc.child(JsonDoc.child(cp, "contributor"), i);
                JsonNode con = doc.element(list, JsonDoc.child(cp, "contributor"), i);
                if (con == null) {
                    continue;
                }
                JsonNode orcid = doc.object(con, ip, "contributor-orcid");
                String orcidPath = doc.text(orcid, JsonDoc.child(ip, "contributor-orcid"), "path");
                authors.add(new ImportedAuthor(orEmpty(doc.valueText(con, ip, "credit-name")), "", "",
                        OrcidIds.normalise(orcidPath).orElse(""), i + 1, false));
            }
        }
        JsonNode created = doc.object(w, p, "created-date");
        return new RawWork(doc.text(w, p, "put-code"), doc.text(w, p, "type"),
                doc.valueText(title, JsonDoc.child(p, "title"), "title"),
                jsonDate(doc, w, p, "publication-date"),
                Dates.epochMillis(doc.integer(created, JsonDoc.child(p, "created-date"), "value")),
                doc.valueText(w, p, "journal-title"), jsonIds(doc, w, p), authors, p);
    }

    private RawFunding jsonFunding(JsonDoc doc, JsonNode f, String p) {
        JsonNode title = doc.object(f, p, "title");
        JsonNode org = doc.object(f, p, "organization");
        JsonNode amount = doc.object(f, p, "amount");
        JsonNode created = doc.object(f, p, "created-date");
        String ap = JsonDoc.child(p, "amount");
        return new RawFunding(doc.text(f, p, "put-code"), doc.valueText(title, JsonDoc.child(p, "title"), "title"),
                jsonDate(doc, f, p, "start-date"), jsonDate(doc, f, p, "end-date"),
                Dates.epochMillis(doc.integer(created, JsonDoc.child(p, "created-date"), "value")),
                doc.text(org, JsonDoc.child(p, "organization"), "name"), doc.text(amount, ap, "value"),
                doc.text(amount, ap, "currency-code"), jsonIds(doc, f, p), p);
    }

    private static LocalDate jsonDate(JsonDoc doc, JsonNode parent, String p, String field) {
        JsonNode d = doc.object(parent, p, field);
        if (d == null) {
            return null;
        }
        String dp = JsonDoc.child(p, field);
        return Dates.partial(doc.valueText(d, dp, "year"), doc.valueText(d, dp, "month"),
                doc.valueText(d, dp, "day"));
    }

    private static List<ExtId> jsonIds(JsonDoc doc, JsonNode item, String p) {
        List<ExtId> ids = new ArrayList<>();
        JsonNode ext = doc.object(item, p, "external-ids");
        if (ext == null) {
            return ids;
        }
        String ep = JsonDoc.child(p, "external-ids");
        JsonNode list = doc.array(ext, ep, "external-id");
        for (int i = 0; i < list.size(); i++) {
            JsonNode id = doc.element(list, JsonDoc.child(ep, "external-id"), i);
            if (id != null) {
                String ip = JsonDoc.child(JsonDoc.child(ep, "external-id"), i);
                ids.add(new ExtId(doc.text(id, ip, "external-id-type"), doc.text(id, ip, "external-id-value"),
                        doc.text(id, ip, "external-id-relationship")));
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ mapping

    private ScholarlyRecord finish(Collected c, ImportFormat format) {
        List<ImportedWork> works = new ArrayList<>();
        for (RawWork w : c.works) {
            ImportedWork iw = toWork(w, c);
            if (iw != null) {
                works.add(iw);
            }
        }
        works = WorkDeduplicator.deduplicate(works, c.file, c.warnings);
        for (RawFunding f : c.fundings) {
            ImportedWork iw = toFunding(f, c);
            if (iw != null) {
                works.add(iw);
            }
        }
        String display = !c.credit.isEmpty() ? c.credit : (c.given + " " + c.family).strip();
        ScholarlyIdentity identity = new ScholarlyIdentity(c.orcid, c.given, c.family, display, "", false);
        return new ScholarlyRecord(format, identity, null, works, c.employments, c.warnings);
    }

    private ImportedWork toWork(RawWork w, Collected c) {
        if (w.title() == null) {
            c.warnings.add(ImportProblem.of(c.file, w.location(), ImportCodes.WORK_NO_TITLE));
            return null;
        }
        LocalDate date = dateOrCreated(w.date(), w.created(), w.location(), c);
        if (date == null) {
            return null;
        }
        OutputKind kind = WorkKinds.orcid(w.type()).orElse(null);
        if (kind == null) {
            kind = WorkKinds.FALLBACK;
            c.warnings.add(ImportProblem.of(c.file, w.location(), ImportCodes.WORK_KIND_GUESSED,
                    orEmpty(w.type()), kind.name()));
        }
        String doi = pickDoi(w.ids(), w.location(), c);
        String externalId = switch (kind) {
            case PATENT -> firstId(w.ids(), "pat");
            case MONOGRAPH -> firstId(w.ids(), "isbn");
            default -> "";
        };
        Map<String, String> attributes = new HashMap<>();
        if (!w.authors().isEmpty()) {
            attributes.put(OutputAttribute.AUTHORS, String.join("; ",
                    w.authors().stream().map(ImportedAuthor::displayName).filter(s -> !s.isEmpty()).toList()));
        }
        attributes.values().removeIf(String::isEmpty);
        Output output = new Output(OutputId.NEW, kind, w.title(), date, w.journal(), doi, externalId, false, null,
                null, null, null, attributes, List.of(), 0);
        return new ImportedWork(output, w.authors(), w.putCode() == null ? "" : "work/" + w.putCode());
    }

    private ImportedWork toFunding(RawFunding f, Collected c) {
        if (f.title() == null) {
            c.warnings.add(ImportProblem.of(c.file, f.location(), ImportCodes.WORK_NO_TITLE));
            return null;
        }
        LocalDate date = dateOrCreated(f.start() != null ? f.start() : f.end(), f.created(), f.location(), c);
        if (date == null) {
            return null;
        }
        Map<String, String> attributes = new HashMap<>();
        if (f.organisation() != null) {
            attributes.put(OutputAttribute.FUNDER, f.organisation());
        }
        if (f.end() != null) {
            attributes.put(OutputAttribute.END_DATE, f.end().toString());
        }
        if (f.amount() != null) {
            String amount = f.amount().replace(",", "").strip();
            boolean yuan = f.currency() == null || f.currency().equalsIgnoreCase("CNY");
            if (yuan && amount.matches("\\d+(\\.\\d+)?")) {
                attributes.put(OutputAttribute.AMOUNT, new java.math.BigDecimal(amount).stripTrailingZeros()
                        .toPlainString());
            } else {
                c.warnings.add(ImportProblem.of(c.file, f.location(), ImportCodes.FUNDING_CURRENCY, f.amount(),
                        orEmpty(f.currency())));
            }
        }
        String grant = firstId(f.ids(), "grant_number");
        Output output = new Output(OutputId.NEW, OutputKind.PROJECT, f.title(), date, "", "", grant, false, null,
                null, null, null, attributes, List.of(), 0);
        return new ImportedWork(output, List.of(), f.putCode() == null ? "" : "funding/" + f.putCode());
    }

    private static LocalDate dateOrCreated(LocalDate own, LocalDate created, String location, Collected c) {
        if (own != null) {
            return own;
        }
        if (created != null) {
            c.warnings.add(ImportProblem.of(c.file, location, ImportCodes.WORK_DATE_FROM_CREATED, created.toString()));
            return created;
        }
        c.warnings.add(ImportProblem.of(c.file, location, ImportCodes.WORK_NO_DATE));
        return null;
    }

    private static String pickDoi(List<ExtId> ids, String location, Collected c) {
        String fallback = null;
        String firstInvalid = null;
        for (ExtId id : ids) {
            if (id.type() == null || !id.type().equalsIgnoreCase("doi")) {
                continue;
            }
            Optional<String> doi = Doi.normalise(id.value());
            if (doi.isEmpty()) {
                if (firstInvalid == null) {
                    firstInvalid = orEmpty(id.value());
                }
                continue;
            }
            if ("self".equalsIgnoreCase(id.relationship())) {
                return doi.get();
            }
            if (fallback == null) {
                fallback = doi.get();
            }
        }
        if (fallback == null && firstInvalid != null) {
            c.warnings.add(ImportProblem.of(c.file, location, ImportCodes.DOI_INVALID, firstInvalid));
        }
        return fallback == null ? "" : fallback;
    }

    private static String firstId(List<ExtId> ids, String type) {
        Set<String> values = new LinkedHashSet<>();
        for (ExtId id : ids) {
            if (id.type() != null && id.type().toLowerCase(Locale.ROOT).equals(type) && id.value() != null) {
                values.add(id.value());
            }
        }
        return values.isEmpty() ? "" : values.iterator().next();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
