package io.factordesk.cli;

import io.factordesk.service.ProgressListener;
import java.io.PrintWriter;

/** A single progress line on stderr, redrawn in place when the stage or the whole percent changes. */
final class ProgressLine implements ProgressListener {

    private final PrintWriter err;
    private String lastLine = "";
    private boolean open;

    ProgressLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void progress(long done, long total, String stage) {
        String name = stage.substring(stage.lastIndexOf('.') + 1);
        if (total < 0) {
            // Streaming work that cannot know its size in advance reports a count only.
            err.print(String.format("\r%-12s %d", name, done));
            err.flush();
            open = true;
            return;
        }
        long percent = total <= 0 ? 100 : Math.min(100, done * 100 / total);
        String line = String.format("%-12s %3d%% (%d/%d)", name, percent, done, total);
        if (line.regionMatches(0, lastLine, 0, 17)) {
            return;
        }
        lastLine = line;
        err.print('\r' + line);
        open = true;
        if ("done".equals(name)) {
            err.println();
            open = false;
        }
        err.flush();
    }

    /** Ends a progress line left open by work that stopped before its "done" stage, so a report starts clean. */
    void end() {
        if (open) {
            err.println();
            err.flush();
            open = false;
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
