package org.talentbench.core.repo;

import java.util.function.Function;

/**
 * Runs work against the store in one transaction: everything the callback writes is committed together, or nothing
 * is when it throws. Application services own transactions; repositories never commit on their own.
 */
public interface Transactions {
    <T> T inTransaction(Function<Repositories, T> work);

    default <T> T read(Function<Repositories, T> work) {
        return inTransaction(work);
    }
}
