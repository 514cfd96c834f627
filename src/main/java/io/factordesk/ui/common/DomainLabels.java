package io.factordesk.ui.common;

import io.factordesk.domain.ReceivableStatus;

/**
 * Translated names for the codes the cache stores (statuses, address kinds, account purposes).
 * Every key is spelled out so the bundle test can see it is used.
 */
public final class DomainLabels {

    private final Messages messages;

    public DomainLabels(Messages messages) {
        this.messages = messages;
    }

    public String receivableStatus(ReceivableStatus status) {
        if (status == null) {
            return messages.get("receivable.status.all");
        }
        return messages.get(switch (status) {
            case OPEN -> "receivable.status.open";
            case VERIFIED -> "receivable.status.verified";
            case HELD -> "receivable.status.held";
            case REJECTED -> "receivable.status.rejected";
            case FINANCED -> "receivable.status.financed";
            case PAID -> "receivable.status.paid";
        });
    }

    public String supplierStatus(String code) {
        return translated(code, switch (code == null ? "" : code) {
            case "PROSPECT" -> "supplier.status.prospect";
            case "ACTIVE" -> "supplier.status.active";
            case "SUSPENDED" -> "supplier.status.suspended";
            case "CLOSED" -> "supplier.status.closed";
            default -> null;
        });
    }

    public String addressKind(String code) {
        return translated(code, switch (code == null ? "" : code) {
            case "REGISTERED" -> "address.kind.registered";
            case "OPERATING" -> "address.kind.operating";
            default -> null;
        });
    }

    public String accountPurpose(String code) {
        return translated(code, switch (code == null ? "" : code) {
            case "OPERATING" -> "account.purpose.operating";
            case "COLLECTION" -> "account.purpose.collection";
            case "SETTLEMENT" -> "account.purpose.settlement";
            default -> null;
        });
    }

    private String translated(String code, String key) {
        if (key == null) {
            return code == null ? "" : code;
        }
        return messages.get(key);
    }
}
