package io.factordesk.app;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where FactorDesk keeps its cache and settings: `--data DIR`, else FACTORDESK_HOME, else ~/.factordesk.
 */
public final class DataFolder {

    public static final String ENVIRONMENT_VARIABLE = "FACTORDESK_HOME";

    private DataFolder() {
    }

    public static Path resolve(Path option, Map<String, String> environment, String userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        return Path.of(userHome, ".factordesk");
    }

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("user.home"));
    }
}
