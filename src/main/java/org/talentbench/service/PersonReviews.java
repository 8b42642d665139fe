package org.talentbench.service;

import java.util.List;
import org.talentbench.core.researcher.ResearcherId;

/**
 * The reviews of one person as one viewer may see them. {@code blind}: the viewer reviews this person and has not
 * submitted every form yet, so only their own forms are listed.
 */
public record PersonReviews(ResearcherId person, boolean blind, List<ReviewView> reviews) {
}
