package org.talentbench.core.tech;

import java.util.Objects;

/**
 * A field or advanced-manufacturing cluster under which key core technologies are grouped (集成电路, 新材料 …).
 * Groups are few and stable; a technology's group can change with a dated {@link TechEventKind#MOVE}. Immutable.
 *
 * @param ordinal display order, ascending
 */
public record TechnologyGroup(String code, String nameZh, String nameEn, int ordinal) {
    public TechnologyGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        nameEn = nameEn == null ? "" : nameEn;
    }

    /** The name in the requested language, the Chinese name when no English one is given. */
    public String name(boolean chinese) {
        return chinese || nameEn.isBlank() ? nameZh : nameEn;
    }
}
