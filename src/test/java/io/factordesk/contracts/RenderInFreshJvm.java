package io.factordesk.contracts;

/** Prints the SHA-256 of the 12-receivable Chinese set; run in a separate JVM by ContractRendererTest. */
public final class RenderInFreshJvm {

    private RenderInFreshJvm() {
    }

    public static void main(String[] args) {
        System.out.println(new ContractRenderer().render(
                ContractSetFixtures.contractSet(12, ContractLanguage.ZH, false)).sha256());
    }
}
