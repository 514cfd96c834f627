package io.factordesk.bench;

import io.factordesk.app.FactorDeskApplication;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Pagination;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heap of the real desktop while an officer scrolls the review desk over a large cache: starts the
 * application (headless Monocle unless -Dbench.window=true), opens the desk, steps the pager through
 * pages, scrolls each page to its end, re-sorts, and reports the heap used after a full GC and the peak of
 * the heap pools. Run it with the heap the goal names (-Xmx512m): an OutOfMemoryError is the failure.
 * Args: data folder (a copy), pages to step through.
 */
public final class ReviewDeskHeap {

    private ReviewDeskHeap() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.window")) {
            System.setProperty("testfx.robot", "glass");
            System.setProperty("testfx.headless", "true");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
        }
        Path folder = Path.of(args[0]).toAbsolutePath();
        int pages = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        FxToolkit.registerPrimaryStage();
        Application application = FxToolkit.setupApplication(FactorDeskApplication.class, "--data=" + folder);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#navReceivables").tryQuery().isPresent());
        robot.clickOn("#navReceivables");
        TableView<?> table = robot.lookup("#receivableTable").queryTableView();
        Pagination pager = robot.lookup("#pager").queryAs(Pagination.class);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getItems().size() > 0);
        System.out.printf("desk open with %d rows on the first page after %.1f s%n", table.getItems().size(),
                (System.nanoTime() - started) / 1e9);
        // The pager learns the page count from the totals, which follow the first page.
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> pager.getPageCount() > pages);
        System.out.printf("totals in: %d pages, after %.1f s%n", pager.getPageCount(),
                (System.nanoTime() - started) / 1e9);
        long before = usedAfterGc();
        long stepStarted = System.nanoTime();
        for (int page = 1; page <= pages; page++) {
            Object first = table.getItems().get(0);
            int index = page;
            robot.interact(() -> pager.setCurrentPageIndex(index));
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> !table.getItems().isEmpty() && table.getItems().get(0) != first);
            robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
        }
        double perPage = (System.nanoTime() - stepStarted) / 1e6 / pages;
        Object first = table.getItems().get(0);
        robot.clickOn("#dueDateColumn");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().get(0) != first);
        long after = usedAfterGc();
        System.out.printf("stepped through %d pages (each scrolled to its end): %.0f ms per page, wall, load + render%n",
                pages, perPage);
        System.out.printf("heap used after full GC: %d MB on opening the desk, %d MB after scrolling; old generation"
                        + " peak %d MB; max heap %d MB%n", before >> 20, after >> 20, peakHeap() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        System.exit(0);
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The old generation's peak: what survived young collections at the worst moment (G1's Old Gen pool). */
    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getName().contains("Old")) {
                peak = Math.max(peak, pool.getPeakUsage().getUsed());
            }
        }
        return peak;
    }
}
