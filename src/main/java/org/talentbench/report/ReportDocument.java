package org.talentbench.report;

/**
 * A document TalentBench exports as PDF: it writes itself as one well-formed XHTML string (see {@link Templates});
 * {@link PdfRenderer} turns that into PDF/A-2b. Implementations are immutable records of their inputs.
 */
public interface ReportDocument {
    /** The document as XHTML, with its title, author, subject and bookmarks in the head. */
    String toXhtml();

    /** A file name without folder or extension, safe on every file system, e.g. {@code verification-E1001}. */
    String suggestedFileName();
}
