package org.talentbench.app.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} for tests that holds each job until the test lets it run with {@link #runNext()}, so that a
 * test can look at a view model while its job is "in the background", or cancel in between. Single-threaded: the
 * job and its callbacks run on the test's thread.
 */
public final class ManualTaskRunner implements TaskRunner {
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final Deque<String> titles = new ArrayDeque<>();

    @Override
    public <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                          Runnable onCancelled) {
        titles.add(title);
        pending.add(() -> TaskRunner.direct().run(title, job, onSuccess, onFailure));
        return () -> { };
    }

    /** Runs the oldest waiting job and delivers its outcome. */
    public void runNext() {
        Runnable next = pending.poll();
        if (next == null) {
            throw new IllegalStateException("no job is waiting");
        }
        next.run();
    }

    public int waiting() {
        return pending.size();
    }

    /** The titles of the jobs started so far (what the status bar said). */
    public Deque<String> titles() {
        return titles;
    }
}
