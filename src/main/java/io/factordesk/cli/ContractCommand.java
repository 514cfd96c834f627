package io.factordesk.cli;

import io.factordesk.contracts.ContractLanguage;
import io.factordesk.domain.deal.DealRuleException;
import io.factordesk.service.GeneratedContract;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code factordesk contract DEAL_ID --lang zh|en --out FILE.pdf}: the contract set of an approved deal. */
@Command(name = "contract", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
        description = "Generate the contract set (PDF/A-2b) of an approved deal.")
final class ContractCommand implements Callable<Integer> {

    @ParentCommand
    private FactorDeskCommand root;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DEAL_ID", description = "Deal id.")
    private long dealId;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "Contract language (default: zh).")
    private String language;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    private Path out;

    @Option(names = "--as", paramLabel = "OFFICER", defaultValue = "${env:FACTORDESK_OFFICER:-demo.officer}",
            description = "Officer generating the contract (default: $FACTORDESK_OFFICER, else demo.officer).")
    private String officer;

    @Override
    public Integer call() throws IOException {
        ContractLanguage lang = switch (language.strip().toLowerCase(Locale.ROOT)) {
            case "zh", "zh-cn", "zh_cn" -> ContractLanguage.ZH;
            case "en" -> ContractLanguage.EN;
            default -> throw new ParameterException(spec.commandLine(), "--lang: '" + language
                    + "' is not a contract language (use zh or en)");
        };
        Path target = out.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new ParameterException(spec.commandLine(), "--out: folder " + target.getParent() + " does not exist");
        }
        GeneratedContract contract;
        try (Workspace workspace = root.openWorkspace()) {
            contract = workspace.contracts().generate(dealId, lang, officer);
        } catch (DealRuleException e) {
            return DealOutput.refused(spec, e);
        }
        Files.write(target, contract.pdf());
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("Contract %s (%s): %d pages, SHA-256 %s%n", contract.contractNo(), contract.language(),
                contract.pageCount(), contract.sha256());
        printer.printf("Written to %s; archived as %s%n", target, contract.archivedFile());
        printer.flush();
        return ExitCodes.OK;
    }
}
