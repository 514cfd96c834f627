package io.factordesk.ui.receivables;

import io.factordesk.domain.Receivable;
import io.factordesk.domain.ReceivableStatus;
import io.factordesk.domain.review.ReviewFilter;
import io.factordesk.domain.review.ReviewPageRequest;
import io.factordesk.domain.review.ReviewRow;
import io.factordesk.domain.review.ReviewSort;
import io.factordesk.service.ReviewDeskService;
import io.factordesk.ui.common.BackgroundTask;
import io.factordesk.ui.common.DialogService;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.TaskExecutor;
import io.factordesk.ui.common.TaskHandle;
import java.time.Clock;
import java.time.LocalDate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One page of the review desk's table. Filter, sort and page become a {@link ReviewPageRequest} answered by
 * H2, so the table never holds more than one page; the page count follows the totals of the filtered set.
 */
public final class ReviewTableViewModel {

    public static final int PAGE_SIZE = 200;

    private final ReviewDeskService desk;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Clock clock;

    private final ObservableList<ReviewRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty pageIndex = new SimpleIntegerProperty(this, "pageIndex");
    private final IntegerProperty pageCount = new SimpleIntegerProperty(this, "pageCount", 1);
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");

    private ReviewFilter filter = ReviewFilter.none();
    private ReviewSort sort = ReviewSort.ID;
    private boolean descending;
    private TaskHandle running = TaskHandle.DONE;
    private long generation;
    private Runnable onLoaded = () -> { };

    public ReviewTableViewModel(ReviewDeskService desk, TaskExecutor executor, DialogService dialogs,
                                Messages messages, Clock clock) {
        this.desk = desk;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.clock = clock;
        pageIndex.addListener((obs, old, now) -> load());
    }

    /** Called after each page arrives (the desk keeps the detail pane on the receivable still shown). */
    public void setOnLoaded(Runnable action) {
        this.onLoaded = action;
    }

    /** A new filter starts on the first page. */
    public void show(ReviewFilter newFilter) {
        filter = newFilter;
        goToPage(0);
    }

    /** Re-queries sorted in the cache; returns false when the order is already in effect. */
    public boolean sortBy(ReviewSort column, boolean descendingOrder) {
        if (column == sort && descendingOrder == descending) {
            return false;
        }
        sort = column;
        descending = descendingOrder;
        goToPage(0);
        return true;
    }

    public void goToPage(int index) {
        if (pageIndex.get() == index) {
            load();
        } else {
            pageIndex.set(index);
        }
    }

    /** The size of the filtered set, from the totals; the page stays in range when the set shrank. */
    public void setTotalCount(long count) {
        int pages = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        pageCount.set(pages);
        if (pageIndex.get() >= pages) {
            pageIndex.set(pages - 1);
        }
    }

    /** Past its due date today and still owed: not paid, and not rejected from the programme. */
    public boolean isOverdue(Receivable receivable) {
        return receivable.status() != ReceivableStatus.PAID && receivable.status() != ReceivableStatus.REJECTED
                && receivable.daysPastDue(LocalDate.now(clock)) > 0;
    }

    ReviewPageRequest currentRequest() {
        return new ReviewPageRequest(filter, sort, descending, Math.max(0, pageIndex.get()) * PAGE_SIZE, PAGE_SIZE);
    }

    public void load() {
        running.cancel();
        long current = ++generation;
        ReviewPageRequest request = currentRequest();
        loading.set(true);
        running = executor.execute(BackgroundTask.of(progress -> desk.page(request))
                .onSuccess(page -> {
                    if (current == generation) {
                        rows.setAll(page.rows());
                        loading.set(false);
                        onLoaded.run();
                    }
                })
                .onFailure(failure -> {
                    if (current == generation) {
                        loading.set(false);
                        dialogs.showError(messages.get("error.title"), messages.get("error.receivables"), failure);
                    }
                }));
    }

    public ObservableList<ReviewRow> rows() {
        return rows;
    }

    public IntegerProperty pageIndexProperty() {
        return pageIndex;
    }

    public IntegerProperty pageCountProperty() {
        return pageCount;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public ReviewFilter filter() {
        return filter;
    }

    public ReviewSort sort() {
        return sort;
    }

    public boolean isDescending() {
        return descending;
    }
}
