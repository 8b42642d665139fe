package org.talentbench.core.repo;

import java.time.LocalDateTime;
import org.talentbench.core.scheme.Scheme;

/** A scheme version as stored: its row id (what rounds pin), the scheme, whether it is the active one of its category. */
public record StoredScheme(long rowId, Scheme scheme, boolean active, LocalDateTime createdAt) {
}
