package org.talentbench.core.tech;

/**
 * What a dated change to the technology list does (关键核心技术清单的动态调整).
 * <ul>
 *   <li>{@link #ADD}: a new technology enters the list, with its names and group;</li>
 *   <li>{@link #RENAME}: new Chinese and/or English name, same code (tags keep pointing at it);</li>
 *   <li>{@link #MOVE}: the technology changes group (field or cluster);</li>
 *   <li>{@link #MERGE}: the technology is folded into another active one; from that date tags on it count for the
 *       target;</li>
 *   <li>{@link #RETIRE}: the technology leaves the list; tags on it no longer count from that date.</li>
 * </ul>
 * Nothing is ever deleted: a view as of an earlier date shows the list as it was.
 */
public enum TechEventKind {
    ADD, RENAME, MOVE, MERGE, RETIRE
}
