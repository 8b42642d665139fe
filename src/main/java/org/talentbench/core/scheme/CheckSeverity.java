package org.talentbench.core.scheme;

/** Severity of a representative-work finding: {@link #BLOCKING} fails a REPRESENTATIVE_WORKS gate. */
public enum CheckSeverity { INFO, WARNING, BLOCKING }
