package org.talentbench.app.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentbench.service.Workspace;

/**
 * Opens the database the main window is about to open while JavaFX is still starting, on its own thread, so that on
 * a two-core machine opening the file (H2, jOOQ and the app's store classes, the schema check) runs beside the
 * toolkit's start instead of after it (docs/decisions/0097). When the file has no accounts its researchers are also
 * read once, which loads and warms everything the first table needs; nothing read is kept, so what the table shows
 * still comes from the same read as on any other open.
 *
 * <p>Only a plain H2 file that already exists is prefetched: a new demo is written by the window's own task, and an
 * encrypted file needs the sign-in first. The main window {@link #take takes} the workspace once; one it never takes
 * is closed by {@link #discard}. Thread-safe.
 */
public final class StartupPrefetch {
    private static final Logger LOG = LoggerFactory.getLogger(StartupPrefetch.class);
    /** Nothing prefetched. */
    public static final StartupPrefetch NONE = new StartupPrefetch(null, null);

    private final Path target;
    private CompletableFuture<Workspace> opening;

    private StartupPrefetch(Path target, CompletableFuture<Workspace> opening) {
        this.target = target;
        this.opening = opening;
    }

    /** Starts opening {@code target} on a daemon thread when it is an existing plain H2 file; else {@link #NONE}. */
    public static StartupPrefetch begin(Path target) {
        if (target == null || !Workspace.exists(target) || Workspace.isEncrypted(target)) {
            return NONE;
        }
        CompletableFuture<Workspace> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                Workspace ws = Workspace.open(target, false);
                try {
                    if (!ws.auth().hasAccounts()) {
                        ws.researchers().list();
                    }
                } catch (RuntimeException warmUpOnly) {
                    LOG.debug("prefetch warm-up of {} failed; the window reads it again", target, warmUpOnly);
                }
                LOG.info("start-up: {} opened ahead {} ms after JVM start", target,
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
                future.complete(ws);
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "talentbench-prefetch");
        t.setDaemon(true);
        t.start();
        return new StartupPrefetch(target, future);
    }

    /**
     * The workspace opened for {@code file}, waiting for it if needed, or empty when nothing was prefetched for that
     * file (or it was taken already). A failure to open is thrown as it would have been by {@link Workspace#open}.
     */
    public synchronized Optional<Workspace> take(Path file) {
        if (opening == null || !file.equals(target)) {
            return Optional.empty();
        }
        CompletableFuture<Workspace> f = opening;
        opening = null;
        try {
            return Optional.of(f.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Closes a prefetched workspace nobody took (the window opened another file, or closed before opening). */
    public synchronized void discard() {
        if (opening == null) {
            return;
        }
        CompletableFuture<Workspace> f = opening;
        opening = null;
        f.thenAccept(Workspace::close);
    }
}
