package io.factordesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Builds the picocli command tree over the services handed in by the composition root, with the
 * exit codes of the README: 0 done, 1 failed while working, 2 invalid arguments.
 */
public final class FactorDeskCli {

    private static final Logger LOG = LoggerFactory.getLogger(FactorDeskCli.class);

    private FactorDeskCli() {
    }

    public static CommandLine commandLine(Function<Path, Path> dataFolderResolver,
                                          Function<Path, Workspace> workspaces, DesktopLauncher desktop) {
        CommandLine cli = new CommandLine(new FactorDeskCommand(dataFolderResolver, workspaces, desktop));
        cli.addSubcommand("demo", new DemoCommand());
        cli.addSubcommand("info", new InfoCommand());
        cli.addSubcommand("deal", new DealCommand());
        cli.addSubcommand("contract", new ContractCommand());
        cli.addSubcommand("money-words", new MoneyWordsCommand());
        cli.addSubcommand("import", new ImportCommand());
        cli.addSubcommand("receivables", new ReceivablesCommand());
        cli.addSubcommand("check", new CheckCommand());
        cli.setParameterExceptionHandler(FactorDeskCli::invalidArguments);
        cli.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
            LOG.error("Command failed", failure);
            commandLine.getErr().println("factordesk: " + describe(failure));
            commandLine.getErr().flush();
            return ExitCodes.FAILURE;
        });
        return cli;
    }

    /** One line naming the option and the reason, then where to get help. */
    private static int invalidArguments(ParameterException problem, String[] args) {
        CommandLine where = problem.getCommandLine();
        PrintWriter err = where.getErr();
        err.println("factordesk: " + problem.getMessage());
        err.println("Try '" + where.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    private static String describe(Exception failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }
}
