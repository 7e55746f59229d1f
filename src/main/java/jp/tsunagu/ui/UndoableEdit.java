package jp.tsunagu.ui;

/** A change the user made that can be taken back and made again (a move, a rename, an import). */
public interface UndoableEdit {
    /** What the change was, in the user's words, for the undo menu. */
    String description();

    void undo();

    void redo();
}
