package org.talentbench.report;

/** Paper and orientation of a document: ISO A4, portrait for sheets and summaries, landscape for wide lists. */
public enum PageLayout {
    A4_PORTRAIT("A4"),
    A4_LANDSCAPE("A4 landscape");

    private final String cssSize;

    PageLayout(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The value of the CSS {@code @page size} property. */
    public String cssSize() {
        return cssSize;
    }
}
