package org.talentbench.exchange;

/**
 * Every problem code the exchange package reports. The message of a code is {@code error.<code>} in
 * {@code org/talentbench/cli/messages_*.properties}; a test checks both languages have each one.
 */
public final class ImportCodes {
    private ImportCodes() {
    }

    // --- whole files
    /** The file holds no bytes. */
    public static final String FILE_EMPTY = "import.file.empty";
    /** {0}: the limit in MiB. */
    public static final String FILE_TOO_LARGE = "import.file.tooLarge";
    /** {0}: what the system said. */
    public static final String FILE_UNREADABLE = "import.file.unreadable";
    /** The content is none of the formats TalentBench reads. */
    public static final String FORMAT_UNKNOWN = "import.format.unknown";
    /** {0}: the detected format, which this importer does not read. */
    public static final String FORMAT_UNSUPPORTED = "import.format.unsupported";

    // --- JSON and XML structure
    /** {0}: line, {1}: column, {2}: the parser's own words. Also truncated files. */
    public static final String JSON_MALFORMED = "import.json.malformed";
    /** {0}: the JSON type expected there (object, array, text, number, boolean). */
    public static final String JSON_WRONG_TYPE = "import.json.wrongType";
    /** The top-level JSON is not a record of the expected kind. {0}: the expected kind. */
    public static final String JSON_UNEXPECTED_SHAPE = "import.json.unexpectedShape";
    /** {0}: line, {1}: column, {2}: the parser's own words. Also truncated files. */
    public static final String XML_MALFORMED = "import.xml.malformed";
    /** A DOCTYPE (and with it any entity) is refused. */
    public static final String XML_DTD_FORBIDDEN = "import.xml.dtdForbidden";
    /** {0}: the root element found. */
    public static final String XML_UNEXPECTED_ROOT = "import.xml.unexpectedRoot";
    /** {0}: the nesting limit. */
    public static final String XML_TOO_DEEP = "import.xml.tooDeep";

    // --- scholarly records (warnings unless thrown)
    /** A work without a title was left out. */
    public static final String WORK_NO_TITLE = "import.work.noTitle";
    /** A work without any usable date was left out. */
    public static final String WORK_NO_DATE = "import.work.noDate";
    /** {0}: the date used (the record's creation date); the real date was missing. */
    public static final String WORK_DATE_FROM_CREATED = "import.work.dateFromCreated";
    /** {0}: the dropped item's source key, {1}: the key of the item kept. */
    public static final String WORK_DUPLICATE = "import.work.duplicate";
    /** {0}: the source's type, {1}: the kind chosen, to be checked by a person. */
    public static final String WORK_KIND_GUESSED = "import.work.kindGuessed";
    /** {0}: the value that is not a DOI. */
    public static final String DOI_INVALID = "import.doi.invalid";
    /** {0}: the value that is not a valid ORCID iD. */
    public static final String ORCID_INVALID = "import.orcid.invalid";
    /** {0}: the amount, {1}: its currency; amounts are kept only in yuan. */
    public static final String FUNDING_CURRENCY = "import.funding.currency";
    /** The OpenAlex author record is a deleted (merged or withdrawn) author. */
    public static final String OPENALEX_DELETED_AUTHOR = "import.openalex.deletedAuthor";
    /** {0}: how many works the query matched, {1}: how many this page holds. */
    public static final String OPENALEX_MORE_PAGES = "import.openalex.morePages";

    // --- spreadsheets: the file
    /** A zip file that is not an Excel workbook. */
    public static final String SHEET_NOT_WORKBOOK = "import.sheet.notWorkbook";
    /** {0}: detail. A damaged or truncated workbook. */
    public static final String SHEET_CORRUPT = "import.sheet.corrupt";
    /** An Excel 97–2003 .xls file; save it as .xlsx. */
    public static final String SHEET_LEGACY_XLS = "import.sheet.legacyXls";
    /** The sheet has no header row. */
    public static final String SHEET_NO_HEADER = "import.sheet.noHeader";
    /** {0}: the required column that is missing. */
    public static final String SHEET_MISSING_COLUMN = "import.sheet.missingColumn";
    /** {0}: a header that matches no template column. */
    public static final String SHEET_UNKNOWN_COLUMN = "import.sheet.unknownColumn";
    /** {0}: a template column given twice. */
    public static final String SHEET_DUPLICATE_COLUMN = "import.sheet.duplicateColumn";
    /** {0}: the merged range, e.g. A2:A5. */
    public static final String SHEET_MERGED_CELLS = "import.sheet.mergedCells";
    /** {0}: a formula the workbook saved without its computed value. */
    public static final String SHEET_FORMULA_NO_VALUE = "import.sheet.formulaNoValue";
    /** {0}: the Excel error value (#N/A, #REF! …). */
    public static final String SHEET_ERROR_CELL = "import.sheet.errorCell";
    /** A quoted CSV field is never closed. */
    public static final String CSV_UNTERMINATED_QUOTE = "import.csv.unterminatedQuote";

    // --- spreadsheets: cells
    /** A required value is empty. */
    public static final String CELL_REQUIRED = "import.cell.required";
    /** {0}: a value that is no date in any accepted form. */
    public static final String CELL_DATE = "import.cell.date";
    /** {0}: a value that is not a number. */
    public static final String CELL_NUMBER = "import.cell.number";
    /** {0}: a value that is not a whole number. */
    public static final String CELL_INTEGER = "import.cell.integer";
    /** {0}: a negative value where none is allowed. */
    public static final String CELL_NEGATIVE = "import.cell.negative";
    /** {0}: a value that is not yes/no. */
    public static final String CELL_BOOLEAN = "import.cell.boolean";
    /** {0}: the value, {1}: the accepted labels. */
    public static final String CELL_ENUM = "import.cell.enum";
    /** {0}: a value that is not a valid ORCID iD (form or check digit). */
    public static final String CELL_ORCID = "import.cell.orcid";
    /** {0}: a value that is not a DOI. */
    public static final String CELL_DOI = "import.cell.doi";
    /** {0}: the maximum length in characters. */
    public static final String CELL_TOO_LONG = "import.cell.tooLong";
    /** {0}: an entry of the other-attributes cell that is not key=value. */
    public static final String CELL_ATTRIBUTE = "import.cell.attribute";

    // --- spreadsheets: rows
    /** {0}: the duplicated value, {1}: the row that has it first. */
    public static final String ROW_DUPLICATE = "import.row.duplicate";
    /** {0}: the sum of the shares, over 100. */
    public static final String ROW_SHARE_OVER_100 = "import.row.shareOver100";
    /** {0}: a share outside (0, 100]. */
    public static final String ROW_SHARE_RANGE = "import.row.shareRange";
    /** {0}: number of employee numbers, {1}: number of values in the other list. */
    public static final String ROW_CONTRIBUTOR_COUNT = "import.row.contributorCount";
    /** {0}: an employee number listed twice on one output. */
    public static final String ROW_DUPLICATE_CONTRIBUTOR = "import.row.duplicateContributor";
    /** {0}: a corresponding author who is not among the contributors. */
    public static final String ROW_CORRESPONDING_NOT_CONTRIBUTOR = "import.row.correspondingNotContributor";
    /** {0}: start, {1}: end that comes before it. */
    public static final String ROW_DATE_ORDER = "import.row.dateOrder";
    /** {0}: an employee number that the researchers sheet does not have. */
    public static final String ROW_UNKNOWN_RESEARCHER = "import.row.unknownResearcher";

    // --- the import service: several files and the database together
    /** The sheet follows neither template: its columns must be mapped. */
    public static final String SHEET_UNKNOWN_LAYOUT = "import.sheet.unknownLayout";
    /** {0}: a value (employee number, ORCID iD, DOI, number) that another file of the same import has too, {1}: that file. */
    public static final String PLAN_DUPLICATE = "import.plan.duplicate";
    /** {0}: an ORCID iD, {1}: the employee number of the stored researcher who has it. */
    public static final String RESEARCHER_ORCID_TAKEN = "import.researcher.orcidTaken";
    /** {0}: the ORCID iD or name of the person a record is about, whom no researcher of the institute matches. */
    public static final String PERSON_UNKNOWN = "import.scholarly.unknownPerson";
    /** {0}: the work's title. No author matches a researcher of the institute; the work was left out. */
    public static final String WORK_NO_INSTITUTE_AUTHOR = "import.work.noInstituteAuthor";
    /** {0}: the author's name, {1}: the employee numbers of the researchers it could be. Not matched. */
    public static final String AUTHOR_AMBIGUOUS = "import.author.ambiguous";
}
