package io.factordesk.ui.shell;

/** The screens of the main window, in navigation order. */
public enum Screen {
    OVERVIEW("nav.overview", "/io/factordesk/ui/overview/OverviewView.fxml", null),
    SUPPLIERS("nav.suppliers", "/io/factordesk/ui/suppliers/SuppliersView.fxml", null),
    RECEIVABLES("nav.receivables", "/io/factordesk/ui/receivables/ReviewDeskView.fxml", null),
    CREDIT("nav.credit", "/io/factordesk/ui/credit/CreditView.fxml", null),
    DEALS("nav.deals", "/io/factordesk/ui/deals/DealsView.fxml", null),
    SITE_VISITS("nav.siteVisits", Screen.COMING_SOON_VIEW, "coming.siteVisits");

    public static final String COMING_SOON_VIEW = "/io/factordesk/ui/coming/ComingSoonView.fxml";

    private final String titleKey;
    private final String view;
    private final String comingKey;

    Screen(String titleKey, String view, String comingKey) {
        this.titleKey = titleKey;
        this.view = view;
        this.comingKey = comingKey;
    }

    public String titleKey() {
        return titleKey;
    }

    public String view() {
        return view;
    }

    public boolean isComingSoon() {
        return comingKey != null;
    }

    /** The key of the text that says what this screen will do; null for built screens. */
    public String comingKey() {
        return comingKey;
    }

    public static Screen named(String name) {
        for (Screen screen : values()) {
            if (screen.name().equalsIgnoreCase(name)) {
                return screen;
            }
        }
        return OVERVIEW;
    }
}
