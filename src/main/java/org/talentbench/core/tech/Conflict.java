package org.talentbench.core.tech;

import java.util.List;
import java.util.Objects;

/**
 * A possible conflict of interest between a candidate and the challenge: {@code code} is a resource-bundle key
 * under {@code keytech.conflict.}, {@code args} fill its placeholders. The finder flags, the meeting decides.
 */
public record Conflict(Kind kind, List<String> args) {
    /** The checks the finder makes. */
    public enum Kind {
        /** The candidate sits on the decision panel. */
        IS_REVIEWER,
        /** The candidate shares a recent output with a panel member (args: member, output title, date). */
        COAUTHOR,
        /** The candidate works in a panel member's department (args: member, department code). */
        SAME_DEPARTMENT,
        /** The candidate has a recent contract or grant with the issuer (args: issuer, output title, date). */
        ISSUER_RELATION;

        public String key() {
            return switch (this) {
                case IS_REVIEWER -> "isReviewer";
                case COAUTHOR -> "coauthor";
                case SAME_DEPARTMENT -> "sameDepartment";
                case ISSUER_RELATION -> "issuerRelation";
            };
        }
    }

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    public static Conflict of(Kind kind, Object... args) {
        return new Conflict(kind, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
