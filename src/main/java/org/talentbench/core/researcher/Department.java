package org.talentbench.core.researcher;

import java.util.Objects;

/** A department (研究所/研究室) of the institute, identified by a short stable code. */
public record Department(String code, String nameZh, String nameEn) {
    public Department {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        nameEn = nameEn == null ? "" : nameEn;
    }
}
