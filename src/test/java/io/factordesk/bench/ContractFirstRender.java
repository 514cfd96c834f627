package io.factordesk.bench;

import io.factordesk.contracts.ContractLanguage;
import io.factordesk.contracts.ContractRenderer;
import io.factordesk.contracts.ContractSetFixtures;
import io.factordesk.contracts.RenderedContract;
import java.lang.management.ManagementFactory;

/**
 * First contract set in a fresh JVM (goal under 2 s): what an officer waits for when the first contract
 * of the day is generated. Prints one line: ms since JVM start, ms for the renderer's constructor and
 * ms for the first render of 50 receivables, plus the SHA-256 (equal across runs = reproducible across JVMs).
 */
public final class ContractFirstRender {

    private ContractFirstRender() {
    }

    public static void main(String[] args) {
        int receivables = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        long start = System.nanoTime();
        ContractRenderer renderer = new ContractRenderer();
        long loaded = System.nanoTime();
        RenderedContract contract = renderer.render(
                ContractSetFixtures.contractSet(receivables, ContractLanguage.ZH, true));
        long done = System.nanoTime();
        long sinceJvmStart = ManagementFactory.getRuntimeMXBean().getUptime();
        long mainThreadCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        long processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
        System.out.printf("FIRST_RENDER receivables=%d jvmUptimeMs=%d constructorMs=%d renderMs=%d totalMs=%d"
                        + " mainThreadCpuMs=%d processCpuMs=%d pages=%d sha256=%s%n",
                receivables, sinceJvmStart, (loaded - start) / 1_000_000, (done - loaded) / 1_000_000,
                (done - start) / 1_000_000, mainThreadCpu, processCpu, contract.pageCount(), contract.sha256());
    }
}
