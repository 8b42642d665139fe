package org.talentbench.app.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's state: the background job in progress (title, progress, cancel), and a line of facts about the
 * current screen (e.g. row counts). Updated on the FX thread only.
 */
public final class StatusViewModel {
    private final ReadOnlyStringWrapper jobTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper facts = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper database = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper audit = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper auditDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper auditBroken = new ReadOnlyBooleanWrapper(false);
    private TaskRunner.Handle current;

    public ReadOnlyStringProperty jobTitleProperty() {
        return jobTitle.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty factsProperty() {
        return facts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty databaseProperty() {
        return database.getReadOnlyProperty();
    }

    /** The audit trail's state in a few words (status bar). */
    public ReadOnlyStringProperty auditProperty() {
        return audit.getReadOnlyProperty();
    }

    /** The audit trail's state in full (tooltip). */
    public ReadOnlyStringProperty auditDetailProperty() {
        return auditDetail.getReadOnlyProperty();
    }

    /** Whether the audit trail was found tampered with. */
    public ReadOnlyBooleanProperty auditBrokenProperty() {
        return auditBroken.getReadOnlyProperty();
    }

    public void setAudit(String shortText, String detail, boolean broken) {
        audit.set(shortText);
        auditDetail.set(detail);
        auditBroken.set(broken);
    }

    public void setFacts(String text) {
        facts.set(text);
    }

    public void setDatabase(String text) {
        database.set(text);
    }

    public void started(String title, TaskRunner.Handle handle) {
        jobTitle.set(title);
        progress.set(-1);
        busy.set(true);
        current = handle;
    }

    public void progressed(double fraction, String message) {
        progress.set(fraction);
        if (message != null && !message.isBlank()) {
            jobTitle.set(message);
        }
    }

    public void finished() {
        jobTitle.set("");
        progress.set(0);
        busy.set(false);
        current = null;
    }

    /** Cancels the running job, if any. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }
}
