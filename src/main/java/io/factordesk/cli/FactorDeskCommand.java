package io.factordesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code factordesk}: with no command it opens the desktop on the data folder. */
@Command(name = "factordesk", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Supply-chain finance workstation. Without a command, opens the desktop.",
        sortOptions = false, usageHelpAutoWidth = true)
public final class FactorDeskCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: $FACTORDESK_HOME, else ~/.factordesk).")
    private Path data;

    private final Function<Path, Path> dataFolderResolver;
    private final Function<Path, Workspace> workspaces;
    private final DesktopLauncher desktop;

    /**
     * @param dataFolderResolver turns the --data option (null when absent) into the data folder
     * @param workspaces         opens the services on a data folder
     */
    public FactorDeskCommand(Function<Path, Path> dataFolderResolver, Function<Path, Workspace> workspaces,
                             DesktopLauncher desktop) {
        this.dataFolderResolver = dataFolderResolver;
        this.workspaces = workspaces;
        this.desktop = desktop;
    }

    @Override
    public Integer call() {
        desktop.open(dataFolder());
        return 0;
    }

    Path dataFolder() {
        return dataFolderResolver.apply(data);
    }

    Workspace openWorkspace() {
        return workspaces.apply(dataFolder());
    }
}
