package org.talentbench.core.repo;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.tech.OutputTag;
import org.talentbench.core.tech.TagDecision;
import org.talentbench.core.tech.TechEvent;
import org.talentbench.core.tech.TechnologyGroup;

/**
 * Stores the key-technology list (groups, events, matching terms), output tags and decisions on suggested tags.
 * Events are only ever added: the list's history is never rewritten. Checking an event against the list's
 * invariants is the caller's job ({@code TechnologyList.with}).
 */
public interface TechnologyRepository {
    List<TechnologyGroup> groups();

    /** Inserts or updates a group by code. */
    void saveGroup(TechnologyGroup group);

    /** All events, in id order. */
    List<TechEvent> events();

    int countEvents();

    /** Stores a new event (an ADD also creates the technology's row); returns it with its id. */
    TechEvent insertEvent(TechEvent event);

    /** Matching terms by technology code. */
    Map<String, List<String>> terms();

    void saveTerms(String code, List<String> terms);

    /** Every output's tags, as tagged. */
    Map<OutputId, Set<String>> outputTags();

    List<OutputTag> outputTags(OutputId outputId);

    /** Adds a tag (or changes its source when present). */
    void tag(OutputTag tag, LocalDateTime at, String actor);

    void untag(OutputId outputId, String code);

    List<TagDecision> decisions();

    /** Stores a decision, replacing an earlier one on the same subject and technology. */
    void saveDecision(TagDecision decision);
}
