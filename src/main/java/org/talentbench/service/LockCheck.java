package org.talentbench.service;

/** The verification of a locked round: the fingerprint stored at the lock, the one computed now, and whether equal. */
public record LockCheck(long roundId, String stored, String recomputed, boolean intact) {
}
