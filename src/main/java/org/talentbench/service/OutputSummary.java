package org.talentbench.service;

import java.time.LocalDate;
import org.talentbench.core.researcher.OutputId;
import org.talentbench.core.researcher.OutputKind;

/** What a breakdown shows of an output behind a value: kind, title, date and venue as stored now. */
public record OutputSummary(OutputId id, OutputKind kind, String title, LocalDate date, String venue) {
}
