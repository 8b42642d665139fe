package org.talentbench.core.scheme;

/** Profile fields a {@link IndicatorKind#PROFILE} indicator can read. Each is a 破四唯 red flag when scored. */
public enum ProfileField { TITLE, DEGREE, TALENT_TAG }
