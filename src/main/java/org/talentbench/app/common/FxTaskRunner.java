package org.talentbench.app.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.common.UserFacingException;
import org.talentbench.core.InvalidInputException;

/**
 * Runs jobs as JavaFX {@link Task}s on one background thread, reporting to the status bar; results and failures
 * are delivered on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "talentbench-jobs");
        t.setDaemon(true);
        return t;
    });
    private final StatusViewModel status;

    public FxTaskRunner(StatusViewModel status) {
        this.status = status;
    }

    @Override
    public <T> Handle run(String title, Job<T> job, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                          Runnable onCancelled) {
        JobTask<T> task = new JobTask<>(job, status);
        Handle handle = () -> task.cancel(true);
        task.setOnSucceeded(e -> {
            status.finished();
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            status.finished();
            logFailure(title, task.getException());
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            status.finished();
            onCancelled.run();
        });
        status.started(title, handle);
        executor.execute(task);
        return handle;
    }

    /**
     * A refusal of what the user typed or chose (a wrong password, a row that breaks a rule) is part of normal work:
     * one line at INFO, without a stack trace. Anything else is a fault and keeps its stack trace at WARN.
     */
    static void logFailure(String title, Throwable failure) {
        if (isRefusal(failure)) {
            LOG.info("job '{}' refused: {}", title, failure.getMessage());
        } else {
            LOG.warn("job '{}' failed", title, failure);
        }
    }

    static boolean isRefusal(Throwable failure) {
        return (failure instanceof UserFacingException u && u.badInput()) || failure instanceof InvalidInputException;
    }

    /** A task whose job sees the task's own cancellation flag. */
    private static final class JobTask<T> extends Task<T> implements Progress {
        private final Job<T> job;
        private final StatusViewModel status;

        JobTask(Job<T> job, StatusViewModel status) {
            this.job = job;
            this.status = status;
        }

        @Override
        protected T call() throws Exception {
            return job.run(this);
        }

        @Override
        public void update(double fraction, String message) {
            Platform.runLater(() -> status.progressed(fraction, message));
        }
    }
}
