package io.factordesk.service;

import io.factordesk.scoring.CreditCheckEngine;
import io.factordesk.scoring.ScorecardModelLoader;
import io.factordesk.scoring.WatchList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The credit engine over the supplier model shipped on the classpath; its SHA-256 is over exactly those bytes. */
public final class ShippedCreditModel {

    private ShippedCreditModel() {
    }

    public static CreditCheckEngine engine(WatchList watchList) {
        try (InputStream in = ShippedCreditModel.class.getResourceAsStream(ScorecardModelLoader.DEFAULT_MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the scoring model " + ScorecardModelLoader.DEFAULT_MODEL_RESOURCE
                        + " is missing from the installation");
            }
            return new CreditCheckEngine(ScorecardModelLoader.load(in.readAllBytes()), watchList);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scoring model", e);
        }
    }
}
