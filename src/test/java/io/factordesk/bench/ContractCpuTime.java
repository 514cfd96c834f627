package io.factordesk.bench;

import io.factordesk.contracts.ContractLanguage;
import io.factordesk.contracts.ContractRenderer;
import io.factordesk.contracts.ContractSet;
import io.factordesk.contracts.ContractSetFixtures;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * Warm render time as CPU time of the rendering thread next to wall time. Rendering is single-threaded,
 * so on a shared, overloaded machine the CPU time is the better estimate of the wall time an officer sees
 * on an idle workstation. Args: receivables, warm-up renders, measured renders.
 */
public final class ContractCpuTime {

    private ContractCpuTime() {
    }

    public static void main(String[] args) {
        int receivables = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ContractRenderer renderer = new ContractRenderer();
        ContractSet set = ContractSetFixtures.contractSet(receivables, ContractLanguage.ZH, true);
        for (int i = 0; i < warmup; i++) {
            renderer.render(set);
        }
        long[] cpu = new long[measured];
        long[] wall = new long[measured];
        int pages = 0;
        for (int i = 0; i < measured; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            pages = renderer.render(set).pageCount();
            cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1_000_000;
            wall[i] = (System.nanoTime() - w) / 1_000_000;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("CPU_TIME receivables=%d pages=%d cpuMedianMs=%d cpuMinMs=%d wallMedianMs=%d wallMinMs=%d%n",
                receivables, pages, cpu[measured / 2], cpu[0], wall[measured / 2], wall[0]);
    }
}
