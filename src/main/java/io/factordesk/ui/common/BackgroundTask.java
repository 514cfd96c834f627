package io.factordesk.ui.common;

import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Work to run off the FX thread plus what to do with its outcome. The callbacks run on the FX thread
 * (or inline with the same-thread executor in tests), so view models may update their properties there.
 */
public final class BackgroundTask<T> {

    /** The work itself; it reports progress and checks for cancellation through {@link TaskProgress}. */
    @FunctionalInterface
    public interface Work<T> {
        T call(TaskProgress progress) throws Exception;
    }

    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure = failure -> { };
    private Runnable onCancelled = () -> { };
    private BiConsumer<Double, String> onProgress = (fraction, message) -> { };

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.onSuccess = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.onFailure = Objects.requireNonNull(action);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable action) {
        this.onCancelled = Objects.requireNonNull(action);
        return this;
    }

    /** Receives the fraction done (negative while unknown) and the latest message. */
    public BackgroundTask<T> onProgress(BiConsumer<Double, String> action) {
        this.onProgress = Objects.requireNonNull(action);
        return this;
    }

    Work<T> work() {
        return work;
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    void failed(Throwable failure) {
        onFailure.accept(failure);
    }

    void cancelled() {
        onCancelled.run();
    }

    void progressed(double fraction, String message) {
        onProgress.accept(fraction, message);
    }
}
