package io.factordesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux launcher template (packaging/linux/factordesk.sh) started the way a user starts it:
 * through a relative symlink, from another working folder, with JAVA_HOME and FACTORDESK_OPTS set.
 */
class LauncherScriptTest {

    private static final Path TEMPLATE = Paths.get("packaging", "linux", "factordesk.sh");

    /** Stands in for Main in the child JVM: reports what the launcher handed over. */
    public static final class Echo {

        public static void main(String[] args) {
            for (String arg : args) {
                System.out.println("arg=" + arg);
            }
            System.out.println("opt=" + System.getProperty("launcher.test.option"));
            System.out.println("javafx=" + ModuleLayer.boot().findModule("javafx.controls").isPresent());
        }
    }

    @Test
    void runsThroughSymlinkFromAnyFolderAndPassesArgumentsAndOptions(@TempDir Path root) throws Exception {
        assumeLinux();
        Path dist = root.resolve("dist");
        Path launcher = installLauncher(dist);
        Path links = Files.createDirectories(root.resolve("links"));
        Path link = Files.createSymbolicLink(links.resolve("fd"), Paths.get("..", "dist", "bin", "factordesk"));
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));

        ProcessBuilder builder = new ProcessBuilder(link.toString(), "two words", "--data", "x")
                .directory(elsewhere.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("FACTORDESK_OPTS", "-Dlauncher.test.option=42 -Xmx256m");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output.lines()).containsSubsequence("arg=two words", "arg=--data", "arg=x", "opt=42", "javafx=true");
        assertThat(Files.isExecutable(launcher)).isTrue();
    }

    @Test
    void saysWhatIsWrongWhenJavaHomeHasNoJava(@TempDir Path root) throws Exception {
        assumeLinux();
        Path launcher = installLauncher(root.resolve("dist"));

        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", root.resolve("no-jdk").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(output).contains("JAVA_HOME", "no executable bin/java");
    }

    /** The launcher is the Linux one, and the JavaFX jars on the test class path are the -linux ones. */
    private static void assumeLinux() {
        assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
                && new File("/bin/sh").canExecute(), "Linux launcher");
    }

    /** Lays out dist/bin/factordesk, dist/lib/echo.jar and dist/lib/javafx/ like target/dist. */
    private static Path installLauncher(Path dist) throws IOException {
        String script = Files.readString(TEMPLATE, StandardCharsets.UTF_8)
                .replace("@VERSION@", "test")
                .replace("@MAIN_CLASS@", Echo.class.getName());
        Path launcher = Files.createDirectories(dist.resolve("bin")).resolve("factordesk");
        Files.writeString(launcher, script, StandardCharsets.UTF_8);
        assertThat(launcher.toFile().setExecutable(true)).isTrue();

        Path lib = Files.createDirectories(dist.resolve("lib"));
        String entry = Echo.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(lib.resolve("echo.jar"));
                JarOutputStream jar = new JarOutputStream(file)) {
            jar.putNextEntry(new JarEntry(entry));
            Files.copy(Paths.get(Echo.class.getProtectionDomain().getCodeSource().getLocation().getPath(), entry), jar);
            jar.closeEntry();
        }
        Path javafx = Files.createDirectories(lib.resolve("javafx"));
        List<String> javafxJars = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .filter(p -> p.matches(".*javafx-(base|controls|fxml|graphics|swing)-[^/]*-linux\\.jar"))
                .toList();
        assertThat(javafxJars).as("JavaFX platform jars on the test class path").hasSize(5);
        for (String jar : javafxJars) {
            Path source = Paths.get(jar);
            Files.createSymbolicLink(javafx.resolve(source.getFileName()), source);
        }
        return launcher;
    }
}
