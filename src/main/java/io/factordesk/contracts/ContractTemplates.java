package io.factordesk.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/** The four compiled templates (contracts/*.jasper, built from the JRXML by the build), loaded once. */
record ContractTemplates(JasperReport agreement, JasperReport schedule, JasperReport notice, JasperReport fees) {

    static ContractTemplates load() {
        return new ContractTemplates(compiled("agreement"), compiled("schedule"), compiled("notice"), compiled("fees"));
    }

    private static JasperReport compiled(String name) {
        String resource = "/contracts/" + name + ".jasper";
        try (InputStream in = ContractTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: the build compiles the contract templates"
                        + " (mvn process-classes)");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("cannot load " + resource, e);
        }
    }
}
