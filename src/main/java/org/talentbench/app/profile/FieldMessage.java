package org.talentbench.app.profile;

/** A message shown beside a field, already translated; {@code blocking} messages prevent saving, others only warn. */
public record FieldMessage(String text, boolean blocking) {
}
