package org.talentbench.service;

/**
 * An author of an imported scholarly work found to be a researcher of the institute (or who could be several of
 * them). Matches by ORCID iD come first; names are compared in Chinese and in pinyin with either name order.
 *
 * @param work       the work's title
 * @param author     the author's name as the source gives it
 * @param position   1-based byline position, 0 when the person is not on the byline (the record's owner)
 * @param employeeNo the researcher matched; for {@link Method#AMBIGUOUS} the candidates, separated by ", "
 */
public record AuthorshipMatch(String file, String work, String author, int position, String employeeNo,
                              String researcher, Method method) {

    /** How the author was matched. */
    public enum Method {
        /** Same ORCID iD. */
        ORCID,
        /** Same name in Chinese or in pinyin. */
        NAME,
        /** The person the whole record is about (an ORCID record or an OpenAlex author). */
        RECORD_OWNER,
        /** The name fits several researchers; not matched. */
        AMBIGUOUS
    }
}
