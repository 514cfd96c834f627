package io.factordesk.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One child JVM: wall time from just before the process starts to its {@code FIRST_FRAME} line. */
final class StartupRun {

    static final String FIRST_FRAME = "FIRST_FRAME ";

    private StartupRun() {
    }

    /** Runs {@code command} to completion and returns milliseconds to its first frame. */
    static long millisToFirstFrame(List<String> command, Path stderrLog, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(stderrLog.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        long started = System.currentTimeMillis();
        Process process = builder.start();
        Long firstFrame = null;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (firstFrame == null && line.startsWith(FIRST_FRAME)) {
                    firstFrame = Long.parseLong(line.substring(FIRST_FRAME.length()).trim());
                }
            }
        }
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("no exit within " + timeoutSeconds + " s: " + describe(command, stderrLog));
        }
        if (process.exitValue() != 0 || firstFrame == null) {
            throw new IllegalStateException("exit " + process.exitValue()
                    + (firstFrame == null ? " without a FIRST_FRAME line" : "") + ": " + describe(command, stderrLog));
        }
        return firstFrame - started;
    }

    /** Runs {@code command} to completion (demo build, CDS training) and returns its wall time. */
    static long millisToExit(List<String> command, Path log, long timeoutSeconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        long started = System.currentTimeMillis();
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("no exit within " + timeoutSeconds + " s: " + describe(command, log));
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + ": " + describe(command, log));
        }
        return System.currentTimeMillis() - started;
    }

    private static File nullDevice() {
        return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String describe(List<String> command, Path log) {
        return String.join(" ", command) + " (output in " + log + ")";
    }
}
