package org.talentbench.app.common;

import java.util.function.Consumer;

/**
 * Runs long work off the FX thread and hands the result back on it. The app uses JavaFX tasks; tests use
 * {@link #direct()}, which runs everything on the calling thread.
 */
public interface TaskRunner {

    /** The work: reports progress in [0,1] (or −1 for indeterminate) and checks for cancellation. */
    @FunctionalInterface
    interface Job<T> {
        T run(Progress progress) throws Exception;
    }

    /** Progress reporting and cancellation for a running job. */
    interface Progress {
        void update(double fraction, String message);

        boolean isCancelled();
    }

    /** A running job that the user can cancel. */
    interface Handle {
        void cancel();
    }

    /** Runs {@code job}; exactly one of the callbacks follows on the FX thread, none when the job is cancelled. */
    default <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run(title, job, onSuccess, onFailure, () -> { });
    }

    /**
     * As the four-argument {@code run}, with {@code onCancelled} run on the FX thread instead of either outcome when
     * the job is cancelled (the status bar's cancel), for callers whose state waits for the outcome (a busy form).
     * The job itself may still be finishing then: its outcome is lost.
     */
    <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                   Runnable onCancelled);

    /** Runs jobs synchronously on the caller's thread (tests, batch). */
    static TaskRunner direct() {
        return new TaskRunner() {
            @Override
            public <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                                  Runnable onCancelled) {
                T result;
                try {
                    result = job.run(new Progress() {
                        @Override
                        public void update(double fraction, String message) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
                } catch (Exception e) {
                    onFailure.accept(e);
                    return () -> { };
                }
                onSuccess.accept(result);
                return () -> { };
            }
        };
    }
}
