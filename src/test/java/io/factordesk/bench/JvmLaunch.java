package io.factordesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the benchmark starts a JVM: the same java, module path, class path and flags for the bare
 * window and for FactorDesk, matching target/dist/bin/factordesk (JavaFX on the module path,
 * everything else on the class path, the ControlsFX flags).
 */
final class JvmLaunch {

    static final List<String> JAVAFX_FLAGS = List.of(
            "--add-modules", "javafx.controls,javafx.fxml,javafx.swing",
            "--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED",
            "--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED",
            "--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED");

    private final Path java;
    private final Path moduleDirectory;
    private final String classPath;

    private JvmLaunch(Path java, Path moduleDirectory, String classPath) {
        this.java = java;
        this.moduleDirectory = moduleDirectory;
        this.classPath = classPath;
    }

    /**
     * The dist lib folder plus a jar of the compiled benchmark classes (for BareWindow); a jar
     * because AppCDS refuses non-empty directories on the class path.
     */
    static JvmLaunch fromDist(Path java, Path distLib, Path benchJar) throws IOException {
        Path javafx = distLib.resolve("javafx");
        if (!Files.isDirectory(javafx)) {
            throw new IllegalArgumentException(distLib + " has no javafx/ folder; run mvn -DskipTests package first");
        }
        List<String> entries = new ArrayList<>();
        entries.add(benchJar.toAbsolutePath().toString());
        try (Stream<Path> jars = Files.list(distLib)) {
            entries.addAll(jars.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .map(p -> p.toAbsolutePath().toString())
                    .sorted()
                    .collect(Collectors.toList()));
        }
        return new JvmLaunch(java, javafx.toAbsolutePath(), String.join(File.pathSeparator, entries));
    }

    /** The full command: {@code jvmOptions} go before the shared flags, like FACTORDESK_OPTS. */
    List<String> command(List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("--module-path");
        command.add(moduleDirectory.toString());
        command.addAll(JAVAFX_FLAGS);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }
}
