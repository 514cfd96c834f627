package io.factordesk.ui.common;

/** A screen's view model that (re)loads its data from the cache, e.g. after the demo was rebuilt. */
public interface ReloadableViewModel {

    void reload();
}
