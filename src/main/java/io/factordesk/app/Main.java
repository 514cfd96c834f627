package io.factordesk.app;

/** Process entry point: hands the arguments to the CLI; no command opens the desktop. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Filled in by the CLI work: picocli root command with `demo`, `info` and the desktop launcher.
        throw new UnsupportedOperationException("CLI not wired yet");
    }
}
