package org.talentbench.report;

/** CSS of the round documents (ranked list, round report, publicity list) added after the common stylesheet. */
final class ReportCss {
    static final String EXTRA = """
            .tb-new-page { page-break-before: always; }
            .tb-bars { width: 100%; table-layout: fixed; border-collapse: collapse; margin-bottom: 3mm;
                       page-break-inside: avoid; font-size: 8.5pt; }
            .tb-bars td { padding: 0.6mm 1.5mm; vertical-align: middle; }
            .tb-bars td.tb-bar-label { width: 24%; text-align: right; color: #333333; }
            .tb-bars td.tb-bar-cell { width: 46%; border-left: 0.6pt solid #555555; }
            .tb-bars td.tb-bar-value { width: 30%; color: #333333; }
            .tb-bar { background-color: #1f4e79; height: 3.2mm; }
            .tb-bar-median { background-color: #5b8fc7; height: 3.2mm; }
            .tb-bars caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 1mm; }
            .tb-period { border: 0.7pt solid #1f4e79; padding: 2.5mm 3mm; margin: 2mm 0 4mm 0;
                         page-break-inside: avoid; }
            .tb-period p { margin: 0 0 1mm 0; }
            .tb-sentences p { margin: 0 0 1mm 0; }
            .tb-lint-error { color: #b00020; font-weight: bold; }
            .tb-lint-warning { color: #8a5a00; font-weight: bold; }
            .tb-lint-info { color: #555555; }
            """;

    private ReportCss() {
    }
}
