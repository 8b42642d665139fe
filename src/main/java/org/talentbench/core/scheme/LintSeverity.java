package org.talentbench.core.scheme;

/** Severity of a policy-lint finding. Shipped default schemes have no ERROR or WARNING. */
public enum LintSeverity { ERROR, WARNING, INFO }
