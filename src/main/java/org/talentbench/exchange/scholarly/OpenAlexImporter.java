package org.talentbench.exchange.scholarly;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * Reads OpenAlex API responses: an Author, a Work, or a list page ({@code meta} + {@code results}) of Works.
 *
 * <p>Works become outputs whose citation count is OpenAlex's {@code cited_by_count}, dated by the record's
 * {@code updated_date} (or, when the record has none, the import date given to the constructor), because two
 * snapshots of the same work disagree; {@code fwci} becomes the field-normalised impact. The authorships are kept
 * in byline order for matching. An author record gives the identity and its summary figures as context.
 *
 * <p>Errors are {@link ImportException}s. Immutable and thread-safe.
 */
public final class OpenAlexImporter {
    static final String SOURCE = "OpenAlex";
    private static final String DELETED_AUTHOR = "Deleted Author";
    private final LocalDate importDate;

    /** @param importDate the citation as-of date for records that carry no {@code updated_date} */
    public OpenAlexImporter(LocalDate importDate) {
        this.importDate = Objects.requireNonNull(importDate, "importDate");
    }

    public ScholarlyRecord read(Path file) {
        return read(String.valueOf(file.getFileName()), Limits.readAll(file));
    }

    /** Reads whichever of author, work or list page the content is. */
    public ScholarlyRecord read(String fileName, byte[] content) {
        ImportFormat format = FormatDetector.detect(content, fileName);
        JsonDoc doc = JsonDoc.parse(fileName, content);
        ScholarlyRecord record = switch (format) {
            case OPENALEX_AUTHOR -> author(doc);
            case OPENALEX_WORK -> work(doc);
            case OPENALEX_LIST -> list(doc);
            case UNKNOWN -> throw new ImportException(fileName, "", ImportCodes.FORMAT_UNKNOWN);
            default -> throw new ImportException(fileName, "", ImportCodes.FORMAT_UNSUPPORTED, format.name());
        };
        return record;
    }

    private ScholarlyRecord author(JsonDoc doc) {
        JsonNode a = requireObject(doc, "OpenAlex author");
        String id = shortId(doc.text(a, "", "id"));
        String name = doc.text(a, "", "display_name");
        String orcidText = doc.text(a, "", "orcid");
        String orcid = "";
        if (orcidText != null) {
            Optional<String> o = OrcidIds.normalise(orcidText);
            if (o.isPresent()) {
                orcid = o.get();
            } else {
                doc.warn("/orcid", ImportCodes.ORCID_INVALID, orcidText);
            }
        }
        JsonNode stats = doc.object(a, "", "summary_stats");
        Long works = doc.integer(a, "", "works_count");
        Long cited = doc.integer(a, "", "cited_by_count");
        Long h = doc.integer(stats, "/summary_stats", "h_index");
        Long i10 = doc.integer(stats, "/summary_stats", "i10_index");
        Double mean = doc.decimal(stats, "/summary_stats", "2yr_mean_citedness");
        LocalDate asOf = Dates.isoDatePart(doc.text(a, "", "updated_date"));
        doc.failIfErrors();
        boolean deleted = DELETED_AUTHOR.equalsIgnoreCase(name == null ? "" : name);
        if (deleted) {
            doc.warn("/display_name", ImportCodes.OPENALEX_DELETED_AUTHOR);
        }
        AuthorMetrics metrics = new AuthorMetrics(toInt(works), toInt(cited), toInt(h), toInt(i10), mean, SOURCE,
                asOf == null ? importDate : asOf);
        ScholarlyIdentity identity = new ScholarlyIdentity(orcid, "", "", name, id, deleted);
        return new ScholarlyRecord(ImportFormat.OPENALEX_AUTHOR, identity, metrics, List.of(), List.of(),
                doc.warnings);
    }

    private ScholarlyRecord work(JsonDoc doc) {
        JsonNode w = requireObject(doc, "OpenAlex work");
        ImportedWork work = toWork(doc, w, "");
        doc.failIfErrors();
        return new ScholarlyRecord(ImportFormat.OPENALEX_WORK, ScholarlyIdentity.EMPTY, null,
                work == null ? List.of() : List.of(work), List.of(), doc.warnings);
    }

    private ScholarlyRecord list(JsonDoc doc) {
        JsonNode root = requireObject(doc, "OpenAlex list");
        JsonNode meta = doc.object(root, "", "meta");
        Long count = doc.integer(meta, "/meta", "count");
        JsonNode results = doc.array(root, "", "results");
        List<ImportedWork> works = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            JsonNode item = doc.element(results, "/results", i);
            if (item == null) {
                continue;
            }
            String p = JsonDoc.child("/results", i);
            String id = doc.text(item, p, "id");
            if (id == null || !shortId(id).startsWith("W")) {
                doc.error(JsonDoc.child(p, "id"), ImportCodes.JSON_UNEXPECTED_SHAPE, "OpenAlex work");
                continue;
            }
            ImportedWork work = toWork(doc, item, p);
            if (work != null) {
                works.add(work);
            }
        }
        doc.failIfErrors();
        List<ImportProblem> warnings = new ArrayList<>(doc.warnings);
        works = WorkDeduplicator.deduplicate(works, doc.file, warnings);
        if (count != null && count > results.size()) {
            warnings.add(ImportProblem.of(doc.file, "/meta/count", ImportCodes.OPENALEX_MORE_PAGES, count,
                    results.size()));
        }
        return new ScholarlyRecord(ImportFormat.OPENALEX_LIST, ScholarlyIdentity.EMPTY, null, works, List.of(),
                warnings);
    }

    private ImportedWork toWork(JsonDoc doc, JsonNode w, String p) {
        String id = shortId(doc.text(w, p, "id"));
        String title = doc.text(w, p, "title");
        if (title == null) {
            title = doc.text(w, p, "display_name");
        }
        String doiText = doc.text(w, p, "doi");
        String doi = "";
        if (doiText != null) {
            Optional<String> d = Doi.normalise(doiText);
            if (d.isPresent()) {
                doi = d.get();
            } else {
                doc.warn(JsonDoc.child(p, "doi"), ImportCodes.DOI_INVALID, doiText);
            }
        }
        LocalDate date = Dates.isoDatePart(doc.text(w, p, "publication_date"));
        Long year = doc.integer(w, p, "publication_year");
        if (date == null && year != null && year >= 1 && year <= 9999) {
            date = LocalDate.of(year.intValue(), 1, 1);
        }
        String typeCrossref = doc.text(w, p, "type_crossref");
        String type = doc.text(w, p, "type");
        JsonNode location = doc.object(w, p, "primary_location");
        String lp = JsonDoc.child(p, "primary_location");
        JsonNode source = doc.object(location, lp, "source");
        String venue = doc.text(source, JsonDoc.child(lp, "source"), "display_name");
        String sourceType = doc.text(source, JsonDoc.child(lp, "source"), "type");
        Long cited = doc.integer(w, p, "cited_by_count");
        Double fwci = doc.decimal(w, p, "fwci");
        LocalDate asOf = Dates.isoDatePart(doc.text(w, p, "updated_date"));
        List<ImportedAuthor> authors = authorships(doc, w, p);
        List<String> keywords = new ArrayList<>();
        JsonNode kw = doc.array(w, p, "keywords");
        for (int i = 0; i < kw.size(); i++) {
            JsonNode k = doc.element(kw, JsonDoc.child(p, "keywords"), i);
            String name = doc.text(k, JsonDoc.child(JsonDoc.child(p, "keywords"), i), "display_name");
            if (name != null) {
                keywords.add(name);
            }
        }
        if (title == null) {
            doc.warn(p.isEmpty() ? "/title" : JsonDoc.child(p, "title"), ImportCodes.WORK_NO_TITLE);
            return null;
        }
        if (date == null) {
            doc.warn(JsonDoc.child(p, "publication_date"), ImportCodes.WORK_NO_DATE);
            return null;
        }
        OutputKind kind = WorkKinds.crossref(typeCrossref).or(() -> WorkKinds.openAlex(type)).orElse(null);
        if (kind == null) {
            kind = WorkKinds.FALLBACK;
            doc.warn(JsonDoc.child(p, "type"), ImportCodes.WORK_KIND_GUESSED, type == null ? "" : type, kind.name());
        }
        if (kind == OutputKind.JOURNAL_PAPER && "conference".equalsIgnoreCase(sourceType)) {
            kind = OutputKind.CONFERENCE_PAPER;
        }
        Map<String, String> attributes = new HashMap<>();
        String names = String.join("; ", authors.stream().map(ImportedAuthor::displayName)
                .filter(s -> !s.isEmpty()).toList());
        if (!names.isEmpty()) {
            attributes.put(OutputAttribute.AUTHORS, names);
        }
        if (!keywords.isEmpty()) {
            attributes.put(OutputAttribute.KEYWORDS, String.join("; ", keywords));
        }
        Integer citations = cited == null || cited < 0 ? null : toInt(cited);
        Output output = new Output(OutputId.NEW, kind, title, date, venue, doi, "", false, citations,
                citations == null ? null : SOURCE, citations == null ? null : (asOf == null ? importDate : asOf),
                fwci == null || fwci < 0 ? null : fwci, attributes, List.of(), 0);
        return new ImportedWork(output, authors, id);
    }

    private static List<ImportedAuthor> authorships(JsonDoc doc, JsonNode w, String p) {
        List<ImportedAuthor> authors = new ArrayList<>();
        String ap = JsonDoc.child(p, "authorships");
        JsonNode list = doc.array(w, p, "authorships");
        for (int i = 0; i < list.size(); i++) {
            JsonNode a = doc.element(list, ap, i);
            if (a == null) {
                continue;
            }
            String ip = JsonDoc.child(ap, i);
            JsonNode author = doc.object(a, ip, "author");
            String name = doc.text(author, JsonDoc.child(ip, "author"), "display_name");
            if (name == null) {
                name = doc.text(a, ip, "raw_author_name");
            }
            String orcid = OrcidIds.normalise(doc.text(author, JsonDoc.child(ip, "author"), "orcid")).orElse("");
            authors.add(new ImportedAuthor(name, "", "", orcid, i + 1, doc.bool(a, ip, "is_corresponding")));
        }
        return authors;
    }

    private static JsonNode requireObject(JsonDoc doc, String expected) {
        if (!doc.root.isObject()) {
            throw new ImportException(doc.file, "", ImportCodes.JSON_UNEXPECTED_SHAPE, expected);
        }
        return doc.root;
    }

    /** {@code https://openalex.org/W2741809807} → {@code W2741809807}. */
    static String shortId(String id) {
        if (id == null) {
            return "";
        }
        int slash = id.lastIndexOf('/');
        return slash >= 0 ? id.substring(slash + 1) : id;
    }

    private static Integer toInt(Long value) {
        if (value == null) {
            return null;
        }
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }
}
