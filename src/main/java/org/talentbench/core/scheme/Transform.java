package org.talentbench.core.scheme;

import java.util.Objects;

/** One transform step of an indicator; {@code value} is the cap for {@link TransformKind#CAP}, otherwise null. */
public record Transform(TransformKind type, Double value) {
    public Transform {
        Objects.requireNonNull(type, "type");
    }

    public static Transform of(TransformKind type) {
        return new Transform(type, null);
    }

    public static Transform cap(double value) {
        return new Transform(TransformKind.CAP, value);
    }

    /** Applies this step to {@code x}; {@code windowYears} is used by the per-year rate. */
    public double apply(double x, double windowYears) {
        return switch (type) {
            case RATE_PER_YEAR -> windowYears > 0 ? x / windowYears : 0.0;
            case LOG1P -> Math.log1p(Math.max(0.0, x));
            case CAP -> value == null ? x : Math.min(x, value);
        };
    }
}
