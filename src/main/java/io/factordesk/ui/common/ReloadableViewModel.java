package io.factordesk.ui.common;

/** A screen's view model that (re)loads its data from the cache, e.g. after the demo was rebuilt. */
public interface ReloadableViewModel {

    /** Everything underneath changed (the demo was rebuilt): load again what is on display. */
    void reload();

    /**
     * The cache is open and holds a portfolio: screens that load at start do so now. A screen that loads
     * when first shown overrides this to do nothing, or it would read the same page twice at start.
     */
    default void cacheOpened() {
        reload();
    }
}
