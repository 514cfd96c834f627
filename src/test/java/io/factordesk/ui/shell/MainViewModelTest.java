package io.factordesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.factordesk.app.AppContext;
import io.factordesk.app.SmallPortfolio;
import io.factordesk.service.DemoSpec;
import io.factordesk.ui.common.Messages;
import io.factordesk.ui.common.RecordingDialogService;
import io.factordesk.ui.common.ReloadableViewModel;
import io.factordesk.ui.common.SameThreadTaskExecutor;
import io.factordesk.ui.common.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {

    private static final DemoSpec SMALL_DEMO = new DemoSpec(5, 200, 7L);

    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = new Messages(Messages.ENGLISH);
    private final AtomicInteger screenLoads = new AtomicInteger();
    private final ReloadableViewModel screen = screenLoads::incrementAndGet;

    private MainViewModel viewModel(AppContext context, SameThreadTaskExecutor executor) {
        return new MainViewModel(context.portfolio(), context.demoPortfolio(), SMALL_DEMO, executor, dialogs,
                messages, List.of(screen));
    }

    @Test
    void aFilledCacheShowsItsStatusAndLoadsTheScreensWithoutRebuilding() throws Exception {
        try (AppContext context = SmallPortfolio.createIn(folder)) {
            MainViewModel viewModel = viewModel(context, new SameThreadTaskExecutor());

            viewModel.start();

            assertThat(viewModel.rebuildingProperty().get()).isFalse();
            assertThat(viewModel.supplierCountProperty().get()).isEqualTo(3);
            assertThat(viewModel.debtorCountProperty().get()).isEqualTo(2);
            assertThat(viewModel.receivableCountProperty().get()).isEqualTo(SmallPortfolio.RECEIVABLES);
            assertThat(viewModel.schemaVersionProperty().get()).isNotBlank();
            assertThat(viewModel.cacheFileProperty().get()).startsWith(folder.toString()).endsWith(".mv.db");
            assertThat(viewModel.onlineProperty().get()).isFalse();
            assertThat(screenLoads).hasValue(1);
            assertThat(dialogs.shown()).isEmpty();
        }
    }

    @Test
    void aScreenThatLoadsWhenShownIsNotLoadedAgainAtStartButIsAfterARebuild() throws Exception {
        AtomicInteger deskLoads = new AtomicInteger();
        ReloadableViewModel desk = new ReloadableViewModel() {
            @Override
            public void reload() {
                deskLoads.incrementAndGet();
            }

            @Override
            public void cacheOpened() {
            }
        };
        try (AppContext context = SmallPortfolio.createIn(folder)) {
            MainViewModel viewModel = new MainViewModel(context.portfolio(), context.demoPortfolio(), SMALL_DEMO,
                    new SameThreadTaskExecutor(), dialogs, messages, List.of(screen, desk));

            viewModel.start();
            assertThat(screenLoads).hasValue(1);
            assertThat(deskLoads).hasValue(0);

            viewModel.rebuildDemoPortfolio();
            assertThat(screenLoads).hasValue(2);
            assertThat(deskLoads).hasValue(1);
        }
    }

    @Test
    void anEmptyCacheGetsTheDemoPortfolioBeforeTheScreensLoad() {
        try (AppContext context = SmallPortfolio.emptyIn(folder)) {
            MainViewModel viewModel = viewModel(context, new SameThreadTaskExecutor());

            viewModel.start();

            assertThat(dialogs.shown()).isEmpty();
            assertThat(viewModel.rebuildingProperty().get()).isFalse();
            assertThat(viewModel.supplierCountProperty().get()).isEqualTo(SMALL_DEMO.suppliers());
            assertThat(viewModel.receivableCountProperty().get()).isPositive();
            assertThat(screenLoads).hasValue(1);
        }
    }

    @Test
    void cancellingTheRebuildTellsTheUserAndStillOpensTheScreens() {
        try (AppContext context = SmallPortfolio.emptyIn(folder)) {
            SameThreadTaskExecutor executor = new SameThreadTaskExecutor().deferred();
            MainViewModel viewModel = viewModel(context, executor);
            viewModel.start();
            executor.runPendingOnce();
            assertThat(viewModel.rebuildingProperty().get()).isTrue();
            assertThat(viewModel.rebuildMessageProperty().get()).isEqualTo(messages.get("rebuild.starting"));

            viewModel.cancelRebuild();
            executor.runPending();

            assertThat(viewModel.rebuildingProperty().get()).isFalse();
            assertThat(dialogs.shown()).singleElement()
                    .satisfies(shown -> assertThat(shown.message()).isEqualTo(messages.get("rebuild.cancelled")));
            assertThat(screenLoads).hasValue(1);
        }
    }

    @Test
    void themeAndLanguageSwitch() {
        try (AppContext context = SmallPortfolio.emptyIn(folder)) {
            MainViewModel viewModel = viewModel(context, new SameThreadTaskExecutor());

            viewModel.toggleTheme();
            assertThat(viewModel.themeProperty().get()).isEqualTo(Theme.DARK);
            viewModel.toggleTheme();
            assertThat(viewModel.themeProperty().get()).isEqualTo(Theme.LIGHT);

            viewModel.switchLanguage(Messages.CHINESE);
            assertThat(messages.locale()).isEqualTo(Messages.CHINESE);
            assertThat(messages.get("nav.suppliers")).isEqualTo("供应商");
        }
    }
}
