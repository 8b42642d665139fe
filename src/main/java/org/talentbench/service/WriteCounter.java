package org.talentbench.service;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.talentbench.core.repo.Repositories;
import org.talentbench.core.repo.Transactions;

/**
 * The workspace's transactions, counted: every {@link #inTransaction} and {@link #bulk} call (each may write) moves
 * the {@link #generation} on when it starts and again when it ends, whether it committed or not (so a write still
 * running while someone reads is noticed when it ends); {@link #read} does not. {@link LiveStandings} compares
 * generations to know that nothing but the profile save it was told about has been written since it last read the
 * institute, so that a writer nobody told it about (an import, settings, a merge) makes it read everything again
 * instead of showing stale standings. Thread-safe.
 */
final class WriteCounter implements Transactions {
    private final Transactions delegate;
    private final AtomicLong generation = new AtomicLong();

    WriteCounter(Transactions delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** How many possibly writing calls have started so far. */
    long generation() {
        return generation.get();
    }

    @Override
    public <T> T inTransaction(Function<Repositories, T> work) {
        generation.incrementAndGet();
        try {
            return delegate.inTransaction(work);
        } finally {
            generation.incrementAndGet();
        }
    }

    @Override
    public <T> T read(Function<Repositories, T> work) {
        return delegate.read(work);
    }

    @Override
    public <T> T bulk(Supplier<T> work) {
        generation.incrementAndGet();
        try {
            return delegate.bulk(work);
        } finally {
            generation.incrementAndGet();
        }
    }
}
