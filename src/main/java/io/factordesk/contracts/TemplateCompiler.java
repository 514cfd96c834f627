package io.factordesk.contracts;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (exec-maven-plugin, process-classes): compiles every contracts/*.jrxml to a .jasper beside
 * the classes, so the application never compiles a template at run time.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException, JRException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: TemplateCompiler SOURCE_DIR TARGET_DIR");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        int count = 0;
        try (DirectoryStream<Path> templates = Files.newDirectoryStream(source, "*.jrxml")) {
            for (Path jrxml : templates) {
                String name = jrxml.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
                JasperCompileManager.compileReportToFile(jrxml.toString(), target.resolve(name).toString());
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalStateException("no contract templates in " + source);
        }
    }
}
