package jp.tsunagu.mail;

/** Told as a run goes; asked whether the user cancelled (checked between messages). */
public interface SendProgress {
    void sending(int done, int total, String name);

    /** Called after each recipient, with the line now in the send log. */
    default void result(long personId, LogEntry entry) {}

    boolean cancelled();

    SendProgress NONE = new SendProgress() {
        @Override
        public void sending(int done, int total, String name) {}

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
