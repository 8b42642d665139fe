package org.talentbench.service;

import java.util.List;
import org.talentbench.core.committee.QuotaArithmetic;
import org.talentbench.core.committee.QuotaOverride;

/** The quotas of a panel with their arithmetic, the chair's overrides, and whether finalisation may proceed. */
public record QuotaStatus(long panelId, List<QuotaArithmetic> quotas, List<QuotaOverride> overrides,
                          boolean satisfied) {
}
