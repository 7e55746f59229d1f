package jp.tsunagu.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The one history of the window's changes, for Ctrl+Z and Ctrl+Y. */
public final class UndoManager {
    private static final int LIMIT = 200;

    private final Deque<UndoableEdit> done = new ArrayDeque<>();
    private final Deque<UndoableEdit> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper("");

    /** Records an edit that has just been carried out. */
    public void done(UndoableEdit edit) {
        done.push(edit);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        changed();
    }

    public void undo() {
        if (!done.isEmpty()) {
            UndoableEdit edit = done.pop();
            edit.undo();
            undone.push(edit);
            changed();
        }
    }

    public void redo() {
        if (!undone.isEmpty()) {
            UndoableEdit edit = undone.pop();
            edit.redo();
            done.push(edit);
            changed();
        }
    }

    /** Whether {@code edit} is the one Ctrl+Z would undo now. */
    public boolean isLatest(UndoableEdit edit) {
        return !done.isEmpty() && done.peek() == edit;
    }

    /**
     * Takes one edit out of the history, for a change undone another way (an import undone with
     * its own button while later edits stay undoable): Ctrl+Z then skips it.
     */
    public void forget(UndoableEdit edit) {
        done.remove(edit);
        undone.remove(edit);
        changed();
    }

    /** Forgets everything, for example when another event is opened. */
    public void clear() {
        done.clear();
        undone.clear();
        changed();
    }

    private void changed() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        undoDescription.set(done.isEmpty() ? "" : done.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }
}
