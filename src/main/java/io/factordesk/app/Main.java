package io.factordesk.app;

import io.factordesk.cli.FactorDeskCli;
import io.factordesk.cli.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;

/** Process entry point: hands the arguments to the CLI; no command opens the desktop. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        quietJooq();
        if (args.length == 0) {
            // The usual desktop start: no command line to parse, so picocli's model is never built.
            openDesktop(DataFolder.resolve(null));
            System.exit(0);
        }
        System.exit(run(args));
    }

    /** jOOQ's start-up banner and tip of the day cost start-up time and would only reach the log. */
    static void quietJooq() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    static int run(String[] args) {
        Clock clock = Clock.systemDefaultZone();
        return FactorDeskCli.commandLine(DataFolder::resolve, folder -> workspace(folder, clock), Main::openDesktop)
                .execute(args);
    }

    static Workspace workspace(Path dataFolder, Clock clock) {
        return workspace(new AppContext(dataFolder, clock));
    }

    /** The CLI's view of an opened context; closing the workspace closes the context. */
    public static Workspace workspace(AppContext context) {
        return new Workspace(context.portfolio(), context.demoPortfolio(), context.deals(), context.imports(),
                context.receivableListing(), context.contracts(), context::close);
    }

    private static void openDesktop(Path dataFolder) {
        Application.launch(FactorDeskApplication.class, "--data=" + dataFolder);
    }
}
