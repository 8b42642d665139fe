package org.talentbench.service;

import java.time.LocalDate;
import java.util.List;
import org.talentbench.core.researcher.Output;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.Researcher;

/**
 * One save of the profile editor, written in one transaction by {@link ProfileService#save(ProfileEdit)}.
 *
 * @param researcher     the profile as edited; {@link org.talentbench.core.researcher.ResearcherId#NEW} for a new one.
 *                       Its {@code version} is the one the editor loaded (optimistic lock). Its history is maintained
 *                       by the service: a category or department change appends an entry dated {@code changesFrom}.
 * @param changesFrom    the date a category or department change takes effect (null: today)
 * @param outputs        outputs created or changed in the editor. New ones have an id of 0 or below (a negative id is
 *                       a placeholder that {@code works} may refer to); contributions of a new researcher name
 *                       {@code ResearcherId.NEW}
 * @param detached       stored outputs this researcher is no longer credited on (deleted when nobody else is)
 * @param works          the standing representative-work selection (round 0) in order, or null when unchanged
 */
public record ProfileEdit(Researcher researcher, LocalDate changesFrom, List<Output> outputs, List<OutputId> detached,
                          List<RepresentativeWork> works) {
    public ProfileEdit {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        detached = detached == null ? List.of() : List.copyOf(detached);
        works = works == null ? null : List.copyOf(works);
    }
}
