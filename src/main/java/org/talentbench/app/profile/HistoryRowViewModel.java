package org.talentbench.app.profile;

/** One line of the change history as shown: when (local time), who, which record, which field, old → new. */
public record HistoryRowViewModel(String when, String who, String record, String field, String oldValue,
                                  String newValue) {
}
