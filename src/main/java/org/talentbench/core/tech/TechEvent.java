package org.talentbench.core.tech;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One dated change to the technology list. {@code id} is the store's sequence number (0 for a change not yet
 * stored); events of the same effective date apply in id order. Which fields matter depends on the kind:
 * ADD uses names and group, RENAME the names (a blank one is kept), MOVE the group, MERGE the target; every kind may
 * carry a note (the reason, the decision document). {@code recordedAt} and {@code actor} say when and by whom it was
 * entered; the core never reads a clock, so they are filled by the caller. Immutable.
 */
public record TechEvent(long id, String code, TechEventKind kind, LocalDate effective, String nameZh, String nameEn,
                        String groupCode, String targetCode, String note, LocalDateTime recordedAt, String actor) {
    public TechEvent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effective, "effective");
        nameZh = nameZh == null ? "" : nameZh.strip();
        nameEn = nameEn == null ? "" : nameEn.strip();
        groupCode = groupCode == null ? "" : groupCode.strip();
        targetCode = targetCode == null ? "" : targetCode.strip();
        note = note == null ? "" : note.strip();
        actor = actor == null ? "" : actor;
    }

    public static TechEvent add(String code, LocalDate effective, String nameZh, String nameEn, String group,
                                String note) {
        return new TechEvent(0, code, TechEventKind.ADD, effective, nameZh, nameEn, group, "", note, null, "");
    }

    public static TechEvent rename(String code, LocalDate effective, String nameZh, String nameEn, String note) {
        return new TechEvent(0, code, TechEventKind.RENAME, effective, nameZh, nameEn, "", "", note, null, "");
    }

    public static TechEvent move(String code, LocalDate effective, String group, String note) {
        return new TechEvent(0, code, TechEventKind.MOVE, effective, "", "", group, "", note, null, "");
    }

    public static TechEvent merge(String code, LocalDate effective, String target, String note) {
        return new TechEvent(0, code, TechEventKind.MERGE, effective, "", "", "", target, note, null, "");
    }

    public static TechEvent retire(String code, LocalDate effective, String note) {
        return new TechEvent(0, code, TechEventKind.RETIRE, effective, "", "", "", "", note, null, "");
    }

    public TechEvent withId(long newId) {
        return new TechEvent(newId, code, kind, effective, nameZh, nameEn, groupCode, targetCode, note, recordedAt,
                actor);
    }

    public TechEvent recorded(LocalDateTime at, String by) {
        return new TechEvent(id, code, kind, effective, nameZh, nameEn, groupCode, targetCode, note, at, by);
    }

    /** Whether this event concerns {@code c} as its subject or as a merge target. */
    public boolean involves(String c) {
        return code.equals(c) || targetCode.equals(c);
    }
}
