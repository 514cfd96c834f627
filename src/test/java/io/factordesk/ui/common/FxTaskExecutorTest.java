package io.factordesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxTaskExecutorTest {

    private final FxTaskExecutor executor = new FxTaskExecutor(2);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void workRunsOffTheFxThreadAndItsOutcomeArrivesOnIt() throws Exception {
        CompletableFuture<Boolean> workOnFxThread = new CompletableFuture<>();
        CompletableFuture<Boolean> successOnFxThread = new CompletableFuture<>();
        CompletableFuture<String> value = new CompletableFuture<>();
        List<String> messages = new CopyOnWriteArrayList<>();

        executor.execute(BackgroundTask.of(progress -> {
                    workOnFxThread.complete(Platform.isFxApplicationThread());
                    progress.update(1, 2, "halfway");
                    return "done";
                })
                .onProgress((fraction, message) -> messages.add(message))
                .onSuccess(result -> {
                    successOnFxThread.complete(Platform.isFxApplicationThread());
                    value.complete(result);
                }));

        assertThat(value.get(10, TimeUnit.SECONDS)).isEqualTo("done");
        assertThat(workOnFxThread.get()).isFalse();
        assertThat(successOnFxThread.get()).isTrue();
        assertThat(messages).contains("halfway");
    }

    @Test
    void failuresReachTheFailureCallback() throws Exception {
        CompletableFuture<Throwable> failure = new CompletableFuture<>();

        executor.execute(BackgroundTask.of(progress -> {
            throw new IllegalStateException("cache gone");
        }).onFailure(failure::complete));

        assertThat(failure.get(10, TimeUnit.SECONDS)).hasMessage("cache gone");
    }

    @Test
    void cancelledWorkSeesItAndReportsCancelledNotSuccess() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> outcome = new CompletableFuture<>();
        TaskHandle handle = executor.execute(BackgroundTask.of(progress -> {
                    started.countDown();
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (!progress.isCancelled() && System.nanoTime() < deadline) {
                        Thread.onSpinWait();
                    }
                    return progress.isCancelled();
                })
                .onSuccess(cancelled -> outcome.complete("success"))
                .onCancelled(() -> outcome.complete("cancelled")));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        handle.cancel();

        assertThat(outcome.get(10, TimeUnit.SECONDS)).isEqualTo("cancelled");
    }

    @Test
    void closingCancelsRunningWorkAndWaitsForIt() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> sawCancel = new CompletableFuture<>();
        executor.execute(BackgroundTask.of(progress -> {
            started.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!progress.isCancelled() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            sawCancel.complete(progress.isCancelled());
            return null;
        }));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> closed = new CompletableFuture<>();
        Platform.runLater(() -> {
            executor.close();
            closed.complete(null);
        });

        closed.get(10, TimeUnit.SECONDS);
        assertThat(sawCancel).as("the work had finished when close returned").isDone();
        assertThat(sawCancel.get()).isTrue();
    }
}
