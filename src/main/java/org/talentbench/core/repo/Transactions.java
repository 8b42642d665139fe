package org.talentbench.core.repo;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs work against the store in one transaction: everything the callback writes is committed together, or nothing
 * is when it throws. Application services own transactions; repositories never commit on their own.
 */
public interface Transactions {
    <T> T inTransaction(Function<Repositories, T> work);

    default <T> T read(Function<Repositories, T> work) {
        return inTransaction(work);
    }

    /**
     * Runs a bulk write (a demo institute, a large import) whose outcome is only reported when it returns. A store
     * may defer making each of its commits durable until then, as long as everything committed is durable before
     * this method returns; the default runs {@code work} as it is.
     */
    default <T> T bulk(Supplier<T> work) {
        return work.get();
    }
}
