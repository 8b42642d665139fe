package org.talentbench.core;

/**
 * Receives progress from long core computations (an evaluation, a sensitivity analysis). The core calls it on the
 * computing thread, synchronously; an implementation that updates a UI must hand the value over to its own thread.
 * {@code fraction} grows monotonically from 0 to 1; {@code stageCode} is a resource-bundle key such as
 * {@code progress.evaluation.indicators}, never a sentence.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores every report. */
    ProgressListener NONE = (fraction, stageCode) -> { };

    void progress(double fraction, String stageCode);
}
