package jp.tsunagu.registrant;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.tsunagu.i18n.UserError;
import jp.tsunagu.store.Database;
import jp.tsunagu.store.StoreChange;

/**
 * Importing a registration file into an event (step 2 of the product): read and preview it,
 * then write it as one transaction and one recorded batch that can be undone. A dry run, a broken
 * file or a file without a header writes nothing.
 */
public final class RegistrantImport {

    /** Told how far the writing has come, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void update(long done, long total);

        Progress NONE = (done, total) -> {};
    }

    private final Database database;
    private final SpreadsheetReader reader;
    private final ImportPreviewer previewer;
    private final TableSeats seats;
    private final FileAttendance attendance;

    /**
     * {@code seats}: where a seating file's table column puts people (the seating's seats);
     * {@code attendance}: where an attendance column's answers go (the venue day's attendance book).
     */
    public RegistrantImport(
            Database database,
            SpreadsheetReader reader,
            ImportPreviewer previewer,
            TableSeats seats,
            FileAttendance attendance) {
        this.database = database;
        this.reader = reader;
        this.previewer = previewer;
        this.seats = seats;
        this.attendance = attendance;
    }

    /** The attendance the event's people have now, and whose the desk decided. */
    private AttendanceNow attendanceNow(Connection c, long eventId) throws SQLException {
        return new AttendanceNow(RegistrantStore.attendance(c, eventId), attendance.decidedAtDesk(eventId));
    }

    /** Reads {@code file} and previews it against the event, with a mapping remembered for its headers. */
    public PreparedImport prepare(long eventId, Path file, Optional<String> sheet) {
        return prepare(eventId, reader.read(file), sheet);
    }

    public PreparedImport prepare(long eventId, LoadedFile loaded, Optional<String> sheet) {
        return database.read(c -> {
            requireEvent(c, eventId);
            RegistrantStore.Themes themes = RegistrantStore.themes(c, eventId);
            List<StoredPerson> people = RegistrantStore.people(c, eventId, themes);
            AttendanceNow now = attendanceNow(c, eventId);
            ImportPreview recognised = previewer.preview(loaded, sheet, Optional.empty(), themes.refs(), people, now);
            Optional<ColumnMapping> remembered = BatchStore.rememberedMapping(
                            c, recognised.mapping().signature())
                    .filter(m -> !m.equals(recognised.mapping()));
            if (remembered.isEmpty()) {
                return new PreparedImport(eventId, loaded, sheet, recognised, false);
            }
            ImportPreview again = previewer.preview(loaded, sheet, remembered, themes.refs(), people, now);
            return new PreparedImport(eventId, loaded, sheet, again, true);
        });
    }

    /** The same file previewed again with a mapping the user changed. */
    public PreparedImport remap(PreparedImport prepared, ColumnMapping mapping) {
        return database.read(c -> {
            RegistrantStore.Themes themes = RegistrantStore.themes(c, prepared.eventId());
            List<StoredPerson> people = RegistrantStore.people(c, prepared.eventId(), themes);
            ImportPreview p = previewer.preview(
                    prepared.file(),
                    Optional.of(prepared.preview().sheet()),
                    Optional.of(mapping),
                    themes.refs(),
                    people,
                    attendanceNow(c, prepared.eventId()));
            return new PreparedImport(prepared.eventId(), prepared.file(), Optional.of(p.sheet()), p, true);
        });
    }

    /**
     * The command line's import: read, preview and (unless a dry run) write, planning the rows once,
     * inside the one transaction.
     */
    public ImportResult run(long eventId, Path file, Optional<String> sheet, boolean dryRun) {
        LoadedFile loaded = reader.read(file);
        return database.inTransaction(c -> {
            requireEvent(c, eventId);
            RegistrantStore.Themes themes = RegistrantStore.themes(c, eventId);
            List<StoredPerson> people = RegistrantStore.people(c, eventId, themes);
            AttendanceNow now = attendanceNow(c, eventId);
            ImportPreview p = previewer.preview(loaded, sheet, Optional.empty(), themes.refs(), people, now);
            Optional<ColumnMapping> remembered =
                    BatchStore.rememberedMapping(c, p.mapping().signature()).filter(m -> !m.equals(p.mapping()));
            ImportPreview planned =
                    remembered.isEmpty() ? p : previewer.preview(loaded, sheet, remembered, themes.refs(), people, now);
            if (dryRun) {
                return new ImportResult(planned, Optional.empty(), true);
            }
            return write(c, eventId, planned, people, themes, Progress.NONE);
        });
    }

    /**
     * Writes the import as one transaction and one batch. The rows are planned again inside the
     * transaction, so the store cannot have changed under the preview.
     */
    public ImportResult apply(PreparedImport prepared, Progress progress) {
        return database.inTransaction(c -> {
            requireEvent(c, prepared.eventId());
            RegistrantStore.Themes themes = RegistrantStore.themes(c, prepared.eventId());
            List<StoredPerson> people = RegistrantStore.people(c, prepared.eventId(), themes);
            ImportPreview p = previewer.preview(
                    prepared.file(),
                    Optional.of(prepared.preview().sheet()),
                    Optional.of(prepared.preview().mapping()),
                    themes.refs(),
                    people,
                    attendanceNow(c, prepared.eventId()));
            if (prepared.mappingChosen()) {
                BatchStore.rememberMapping(c, p.mapping());
            }
            return write(c, prepared.eventId(), p, people, themes, progress);
        });
    }

    private ImportResult write(
            Connection c,
            long eventId,
            ImportPreview p,
            List<StoredPerson> people,
            RegistrantStore.Themes themes,
            Progress progress)
            throws SQLException {
        Map<Long, Registrant> beforeById = new HashMap<>();
        people.forEach(s -> beforeById.put(s.id(), s.registrant()));
        // People whose answers are unchanged but who get a new mark for review (a newcomer may be them).
        Map<Long, Registrant> marked = new java.util.LinkedHashMap<>();
        for (RowOutcome o : p.rows()) {
            Registrant before = o.existingId() == null ? null : beforeById.get(o.existingId());
            if (o.fate() == RowFate.UNCHANGED && before != null) {
                List<Flag> flags = new ArrayList<>(before.flags());
                o.registrant().flags().stream().filter(f -> !flags.contains(f)).forEach(flags::add);
                if (flags.size() > before.flags().size()) {
                    marked.put(o.existingId(), before.withFlags(flags));
                }
            }
        }
        if (!p.changesSomething() && marked.isEmpty()) {
            return new ImportResult(p, Optional.empty(), false);
        }
        long batch = BatchStore.insertBatch(c, eventId, p);
        List<RowOutcome> writes = new ArrayList<>();
        for (RowOutcome o : p.rows()) {
            if (o.fate() == RowFate.ADDED || o.fate() == RowFate.UPDATED) {
                writes.add(o);
            }
        }
        long done = 0;
        try (ImportWriter writer = new ImportWriter(c, eventId, batch, themes)) {
            for (RowOutcome o : writes) {
                long id;
                if (o.fate() == RowFate.ADDED) {
                    id = writer.add(o.registrant());
                    if (o.table() != null) {
                        seats.seat(eventId, id, o.table());
                    }
                    if (o.attendance() != null) {
                        attendance.fromFile(eventId, id, o.attendance());
                    }
                } else {
                    id = o.existingId();
                    RegistrantStore.update(c, id, o.registrant(), themes);
                    if (o.table() != null) {
                        seats.seat(eventId, id, o.table());
                    }
                    Attendance attendanceBefore = null;
                    if (o.attendance() != null) {
                        Attendance was = attendance.fromFile(eventId, id, o.attendance());
                        attendanceBefore = was == o.attendance() ? null : was;
                    }
                    writer.recordChange(id, RegistrantStore.json(beforeById.get(id)), attendanceBefore);
                }
                progress.update(++done, writes.size());
            }
            for (Map.Entry<Long, Registrant> m : marked.entrySet()) {
                RegistrantStore.update(c, m.getKey(), m.getValue(), themes);
                writer.recordChange(m.getKey(), RegistrantStore.json(beforeById.get(m.getKey())), null);
            }
        }
        database.changed(eventId, StoreChange.Topic.PEOPLE);
        return new ImportResult(p, Optional.of(batch), false);
    }

    /** The event's imports, newest first. */
    public List<ImportBatch> batches(long eventId) {
        return database.read(c -> BatchStore.batches(c, eventId));
    }

    /**
     * Takes a whole import back: people it added are removed, people it updated get their former
     * answers again. Only an event's latest import can be undone, so that later imports are never
     * undone under the user's feet.
     */
    public ImportBatch undo(long batchId) {
        return database.inTransaction(c -> {
            ImportBatch batch =
                    BatchStore.batch(c, batchId).orElseThrow(() -> new UserError("registrant.undo.notFound", batchId));
            if (batch.undone()) {
                throw new UserError("registrant.undo.already", batch.fileName());
            }
            ImportBatch latest = BatchStore.batches(c, batch.eventId()).stream()
                    .filter(b -> !b.undone())
                    .findFirst()
                    .orElseThrow();
            if (latest.id() != batchId) {
                throw new UserError("registrant.undo.notLatest", batch.fileName(), latest.fileName());
            }
            RegistrantStore.Themes themes = RegistrantStore.themes(c, batch.eventId());
            for (BatchStore.Change change : BatchStore.changes(c, batchId)) {
                if (change.added()) {
                    RegistrantStore.delete(c, change.personId());
                } else {
                    RegistrantStore.update(
                            c, change.personId(), RegistrantStore.registrantFromJson(change.before()), themes);
                    if (change.attendanceBefore() != null) {
                        // Through the venue, which keeps a check-in made since.
                        attendance.fromFile(batch.eventId(), change.personId(), change.attendanceBefore());
                    }
                }
            }
            BatchStore.markUndone(c, batchId);
            database.changed(batch.eventId(), StoreChange.Topic.PEOPLE);
            database.changed(batch.eventId(), StoreChange.Topic.SEATS);
            return BatchStore.batch(c, batchId).orElseThrow();
        });
    }

    private static void requireEvent(Connection c, long eventId) throws SQLException {
        if (!RegistrantStore.eventExists(c, eventId)) {
            throw new UserError("registrant.event.notFound", eventId);
        }
    }
}
