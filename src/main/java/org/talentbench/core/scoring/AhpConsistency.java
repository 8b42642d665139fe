package org.talentbench.core.scoring;

/**
 * The consistency figures of one AHP level, with the conventions that produced them (method code, random-index
 * table code), so that a stored result says exactly how its weights were obtained.
 */
public record AhpConsistency(String method, String randomIndex, double lambdaMax, double ci, double cr, double ri) {
}
