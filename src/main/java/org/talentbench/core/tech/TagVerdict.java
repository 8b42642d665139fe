package org.talentbench.core.tech;

/** A person's answer to a suggestion. */
public enum TagVerdict { ACCEPTED, REJECTED }
