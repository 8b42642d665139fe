package org.talentbench.core.researcher;

import java.util.List;
import org.talentbench.core.InvalidInputException;

/**
 * Refusal of a save because of blocking {@link Violation}s. Its own code and arguments are those of the first
 * blocking violation, so a caller that only knows {@link InvalidInputException} (the CLI's exit-code mapper) still
 * prints a useful sentence; callers that show every problem read {@link #violations()}.
 */
public class ProfileValidationException extends InvalidInputException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;

    public ProfileValidationException(List<Violation> violations) {
        super(first(violations).code(), first(violations).args().toArray());
        this.violations = List.copyOf(violations);
    }

    private static Violation first(List<Violation> violations) {
        return violations.stream().filter(Violation::blocking).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no blocking violation"));
    }

    /** All violations found, blocking and not, in the order the rules found them. */
    public List<Violation> violations() {
        return violations;
    }
}
