package org.talentbench.core.tech;

/** What a tag decision is about. */
public enum TagSubject { OUTPUT, RESEARCHER }
