package io.factordesk.importing;

import io.factordesk.domain.importing.ImportProblem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;

/**
 * A file's rows read and checked on a thread of their own, a few batches ahead of the caller who writes
 * them to the cache: on two cores parsing and checking no longer wait for H2, nor H2 for them. Rows come
 * out in file order with the problems found; blank rows are left out. A reading error is thrown to the
 * caller as if it had read the file itself. Closing stops the reader, however far it has come.
 */
public final class CheckedLines implements Iterable<CheckedLines.Checked>, AutoCloseable {

    /** One non-blank row: its line when every cell is good, else the problems (never both). */
    public record Checked(long row, ReceivableLine line, List<ImportProblem> problems) {
    }

    private record Batch(List<Checked> rows, long position, Throwable failure, boolean last) {
    }

    static final int BATCH_ROWS = 1_000;
    private static final int BATCHES_AHEAD = 8;

    private final ReceivablesFile file;
    private final LineCheck check;
    private final BlockingQueue<Batch> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private Batch current;
    private int next;
    private long position;
    private boolean iterated;

    private CheckedLines(ReceivablesFile file, LineCheck check) {
        this.file = file;
        this.check = check;
        this.reader = new Thread(this::readAll, "import-check");
        this.reader.setDaemon(true);
    }

    /** Starts reading the rows after the header. */
    public static CheckedLines start(ReceivablesFile file, LineCheck check) {
        CheckedLines lines = new CheckedLines(file, check);
        lines.reader.start();
        return lines;
    }

    /** How far the rows handed out so far reach into the file, as {@link ReceivablesFile#position()}. */
    public long position() {
        return position;
    }

    /** Once only: the rows are read once. */
    @Override
    public Iterator<Checked> iterator() {
        if (iterated) {
            throw new IllegalStateException("the checked lines of a file are read once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                while (current == null || next == current.rows().size()) {
                    if (current != null && current.last()) {
                        return false;
                    }
                    current = take();
                    next = 0;
                    position = current.position();
                }
                return true;
            }

            @Override
            public Checked next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.rows().get(next++);
            }
        };
    }

    private Batch take() {
        try {
            Batch batch = batches.take();
            if (batch.failure() instanceof RuntimeException failure) {
                throw failure;
            }
            if (batch.failure() instanceof Error failure) {
                throw failure;
            }
            return batch;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the file");
        }
    }

    private void readAll() {
        try {
            Iterator<FileRow> rows = file.iterator();
            boolean more = true;
            while (more && !closed) {
                List<Checked> batch = new ArrayList<>(BATCH_ROWS);
                while (batch.size() < BATCH_ROWS && (more = rows.hasNext())) {
                    FileRow row = rows.next();
                    if (!row.isBlank()) {
                        batch.add(checked(row));
                    }
                }
                batches.put(new Batch(batch, file.position(), null, !more));
            }
        } catch (InterruptedException e) {
            // closed by the caller: nobody waits for more rows
        } catch (RuntimeException | Error e) {
            if (!closed) {
                try {
                    batches.put(new Batch(List.of(), file.position(), e, true));
                } catch (InterruptedException closedMeanwhile) {
                    // the caller stopped waiting
                }
            }
        }
    }

    private Checked checked(FileRow row) {
        List<ImportProblem> problems = new ArrayList<>(0);
        ReceivableLine line = check.check(row, problems).orElse(null);
        return new Checked(row.number(), line, problems.isEmpty() ? List.of() : List.copyOf(problems));
    }

    /** Stops the reader and waits for it, so the file can be closed behind it. */
    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        batches.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
