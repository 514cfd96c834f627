package io.factordesk.service;

import io.factordesk.domain.InvalidUsccException;
import io.factordesk.domain.PartyContact;
import io.factordesk.domain.Uscc;
import java.nio.file.Path;

/**
 * The factor this installation works for, as contracts name it (settings/factor.properties, overridden
 * from the data folder), and the prefix of its contract numbers.
 */
public record FactorIdentity(PartyContact contact, String legalRepresentative, String contractPrefix) {

    public static final String FILE_NAME = "factor.properties";

    public static FactorIdentity load(Path dataFolder) {
        LayeredSettings s = LayeredSettings.load(FILE_NAME, dataFolder);
        Uscc uscc;
        try {
            uscc = Uscc.of(s.text("uscc"));
        } catch (InvalidUsccException e) {
            throw new SettingsException(s.source() + ": uscc: " + e.getMessage(), e);
        }
        PartyContact contact = new PartyContact(uscc, s.text("name.zh"), s.text("name.en"), s.text("address.zh"),
                s.text("address.en"), s.text("bank.name.zh"), s.text("bank.account-name"), s.text("bank.account-no"));
        return new FactorIdentity(contact, s.text("legal-representative"), s.text("contract-prefix"));
    }
}
