package org.talentbench.exchange.bib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputAttribute;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;

class CitationExportTest {
    private static final Output PAPER = new Output(new OutputId(1), OutputKind.JOURNAL_PAPER,
            "Growth of 50% & more: the {best} $cost_model# ~^ \\ case\nsecond line", LocalDate.of(2018, 2, 13),
            "PeerJ", "10.7717/peerj.4375", "", false, 962, "OpenAlex", LocalDate.of(2025, 6, 11), 76.282,
            Map.of(OutputAttribute.AUTHORS, "Piwowar, Heather; Jason Priem; Barnes and Noble Group",
                    OutputAttribute.KEYWORDS, "open access; citation"), List.of(), 1);
    private static final Output PATENT = new Output(new OutputId(2), OutputKind.PATENT, "一种高强度镁合金的制备方法",
            LocalDate.of(2023, 6, 30), "", "", "ZL202310000001.X", false, null, null, null, null,
            Map.of(OutputAttribute.AUTHORS, "张伟; 李娜", OutputAttribute.PATENT_TYPE, "INVENTION"), List.of(), 1);
    private static final Output BOOK = new Output(new OutputId(3), OutputKind.MONOGRAPH, "材料科学导论",
            LocalDate.of(2022, 5, 1), "科学出版社", "", "ISBN 978-7-03-000000-0", false, null, null, null, null,
            Map.of(OutputAttribute.AUTHORS, "王小明"), List.of(), 1);

    @Test
    void bibtexEntriesForAPaperAPatentAndAMonograph() {
        String bib = new BibtexExporter().export(List.of(PAPER, PATENT, BOOK));
        assertEquals("""
                @article{piwowar2018growth,
                  author = {Piwowar, Heather and Jason Priem and {Barnes and Noble Group}},
                  title = {Growth of 50\\% \\& more: the \\{best\\} \\$cost\\_model\\# \\textasciitilde{}\\textasciicircum{} \
                \\textbackslash{} case second line},
                  journal = {PeerJ},
                  year = {2018},
                  month = feb,
                  date = {2018-02-13},
                  doi = {10.7717/peerj.4375},
                  keywords = {open access, citation}
                }

                @patent{tb2023,
                  author = {张伟 and 李娜},
                  title = {一种高强度镁合金的制备方法},
                  year = {2023},
                  month = jun,
                  date = {2023-06-30},
                  number = {ZL202310000001.X},
                  type = {invention}
                }

                @book{tb2022,
                  author = {王小明},
                  title = {材料科学导论},
                  publisher = {科学出版社},
                  year = {2022},
                  month = may,
                  date = {2022-05-01},
                  isbn = {978-7-03-000000-0}
                }

                """, bib);
    }

    @Test
    void bibtexKeysStayUniqueWithinAnExport() {
        String bib = new BibtexExporter().export(List.of(PATENT, PATENT, PATENT));
        assertEquals(List.of("@patent{tb2023,", "@patent{tb2023a,", "@patent{tb2023b,"),
                bib.lines().filter(l -> l.startsWith("@")).toList());
    }

    @Test
    void risRecordsForAPaperAPatentAndAMonograph() {
        String ris = new RisExporter().export(List.of(PAPER, PATENT, BOOK));
        assertEquals(String.join("\r\n",
                "TY  - JOUR",
                "AU  - Piwowar, Heather",
                "AU  - Jason Priem",
                "AU  - Barnes and Noble Group",
                "TI  - Growth of 50% & more: the {best} $cost_model# ~^ \\ case second line",
                "T2  - PeerJ",
                "PY  - 2018",
                "DA  - 2018/02/13/",
                "DO  - 10.7717/peerj.4375",
                "KW  - open access",
                "KW  - citation",
                "ER  - ",
                "",
                "TY  - PAT",
                "AU  - 张伟",
                "AU  - 李娜",
                "TI  - 一种高强度镁合金的制备方法",
                "PY  - 2023",
                "DA  - 2023/06/30/",
                "SN  - ZL202310000001.X",
                "ER  - ",
                "",
                "TY  - BOOK",
                "AU  - 王小明",
                "TI  - 材料科学导论",
                "PB  - 科学出版社",
                "PY  - 2022",
                "DA  - 2022/05/01/",
                "SN  - ISBN 978-7-03-000000-0",
                "ER  - ",
                "", ""), ris);
    }
}
