package io.factordesk.service.demo;

/** Message keys of the stages a demo rebuild reports through its progress listener. */
public final class DemoStages {

    public static final String CLEARING = "demo.stage.clearing";
    public static final String OFFICERS = "demo.stage.officers";
    public static final String PARTIES = "demo.stage.parties";
    public static final String RECEIVABLES = DemoReceivables.STAGE;
    public static final String INDEXING = io.factordesk.service.ReceivablesImportService.STAGE_INDEXING;
    public static final String DONE = "demo.stage.done";

    private DemoStages() {
    }
}
