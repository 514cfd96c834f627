package io.factordesk.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code factordesk deal}: create, submit, approve, return and show financing deals. */
@Command(name = "deal", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Structure and approve financing deals (maker-checker).",
        subcommands = {DealCreateCommand.class, DealSubmitCommand.class, DealApproveCommand.class,
                DealReturnCommand.class, DealRegisterCommand.class, DealShowCommand.class})
final class DealCommand implements Callable<Integer> {

    @ParentCommand
    private FactorDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(),
                "missing command: one of create, submit, approve, return, register, show");
    }

    Workspace openWorkspace() {
        return root.openWorkspace();
    }
}
