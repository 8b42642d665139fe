package org.talentbench.service;

import org.talentbench.core.committee.ReviewForm;

/**
 * A review shown to a committee member: its place in the list, the reviewer's name (empty unless the viewer is the
 * chair or the administrator: members see each other's judgements, not whose they are) and the form.
 */
public record ReviewView(int ordinal, String reviewerName, boolean mine, ReviewForm form) {
}
