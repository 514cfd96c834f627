package io.factordesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Packs the compiled io.factordesk.bench classes into a jar for the child JVMs' class path. */
final class BenchJar {

    private static final String PACKAGE_PATH = "io/factordesk/bench";

    private BenchJar() {
    }

    static Path pack(Path classesRoot, Path jar) throws IOException {
        Path benchClasses = classesRoot.resolve(PACKAGE_PATH);
        if (!Files.isDirectory(benchClasses)) {
            throw new IllegalArgumentException(benchClasses + " not found; run mvn test-compile first");
        }
        List<Path> classes;
        try (Stream<Path> files = Files.list(benchClasses)) {
            classes = files.filter(p -> p.getFileName().toString().endsWith(".class")).sorted()
                    .collect(Collectors.toList());
        }
        Files.createDirectories(jar.getParent());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Path c : classes) {
                out.putNextEntry(new JarEntry(PACKAGE_PATH + "/" + c.getFileName()));
                Files.copy(c, out);
                out.closeEntry();
            }
        }
        return jar;
    }
}
