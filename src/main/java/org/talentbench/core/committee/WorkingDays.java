package org.talentbench.core.committee;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import org.talentbench.core.InvalidInputException;

/**
 * Working-day arithmetic for the publicity period (公示, commonly 5 working days): Saturdays, Sundays and the given
 * holidays are not working days; {@code extraWorkingDays} are weekend days worked in exchange for a holiday (调休).
 * Stateless.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate d, Set<LocalDate> holidays, Set<LocalDate> extraWorkingDays) {
        if (extraWorkingDays.contains(d)) {
            return true;
        }
        DayOfWeek w = d.getDayOfWeek();
        return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /**
     * The last day of a period of {@code days} working days starting on {@code start} (counted when it is a working
     * day): Monday + 5 → Friday; Friday + 5 → next Thursday.
     */
    public static LocalDate lastDay(LocalDate start, int days, Set<LocalDate> holidays, Set<LocalDate> extra) {
        if (days < 1 || days > 60) {
            throw new InvalidInputException("committee.publicity.days", days);
        }
        LocalDate d = start;
        int counted = 0;
        while (true) {
            if (isWorkingDay(d, holidays, extra)) {
                counted++;
                if (counted == days) {
                    return d;
                }
            }
            d = d.plusDays(1);
        }
    }
}
