package io.factordesk.importing;

import io.factordesk.cache.ImportRepository;
import io.factordesk.cache.ImportRepository.KnownParty;
import io.factordesk.domain.Uscc;
import io.factordesk.domain.importing.ImportProblem;
import io.factordesk.domain.importing.ProblemKind;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The suppliers and debtors an import refers to. A party the cache does not know (or that lacks the
 * role) is a problem, unless the officer confirmed that unknown parties may be created: then it is
 * created, once, with the name from the file, inside the import's transaction.
 */
public final class PartyBook {

    /** The supplier and debtor of one line, as party ids. */
    public record LineParties(long supplierId, long debtorId) {
    }

    private final ImportRepository repository;
    private final Map<Uscc, KnownParty> known;
    private final boolean mayCreate;
    private final LocalDateTime now;
    private int created;

    public PartyBook(ImportRepository repository, boolean mayCreate, LocalDateTime now) {
        this.repository = repository;
        this.known = repository.knownParties();
        this.mayCreate = mayCreate;
        this.now = now;
    }

    /** The line's parties, creating them if allowed; null with problems added when they cannot be. */
    public LineParties resolve(ReceivableLine line, ColumnMapping mapping, List<ImportProblem> problems) {
        int before = problems.size();
        check(line.row(), line.supplierUscc(), line.supplierName(), true, mapping, problems);
        check(line.row(), line.debtorUscc(), line.debtorName(), false, mapping, problems);
        if (problems.size() > before) {
            return null;
        }
        long supplier = withRole(line.supplierUscc(), line.supplierName(), true);
        long debtor = withRole(line.debtorUscc(), line.debtorName(), false);
        return new LineParties(supplier, debtor);
    }

    /** Parties created so far, counting a new role on an existing party as well. */
    public int created() {
        return created;
    }

    private void check(long row, Uscc uscc, String name, boolean asSupplier, ColumnMapping mapping,
                       List<ImportProblem> problems) {
        KnownParty party = known.get(uscc);
        if (party != null && (asSupplier ? party.supplier() : party.debtor())) {
            return;
        }
        ReceivableField usccField = asSupplier ? ReceivableField.SUPPLIER_USCC : ReceivableField.DEBTOR_USCC;
        if (!mayCreate) {
            problems.add(new ImportProblem(row, mapping.headerOf(usccField), uscc.value(),
                    asSupplier ? ProblemKind.UNKNOWN_SUPPLIER : ProblemKind.UNKNOWN_DEBTOR, ""));
        } else if (party == null && (name == null || name.isBlank())) {
            ReceivableField nameField = asSupplier ? ReceivableField.SUPPLIER_NAME : ReceivableField.DEBTOR_NAME;
            problems.add(new ImportProblem(row, mapping.headerOf(nameField), "", ProblemKind.MISSING_PARTY_NAME,
                    uscc.value()));
        }
    }

    private long withRole(Uscc uscc, String name, boolean asSupplier) {
        KnownParty party = known.get(uscc);
        if (party != null && (asSupplier ? party.supplier() : party.debtor())) {
            return party.id();
        }
        long id = party == null ? repository.createParty(uscc, name.strip(), now) : party.id();
        if (asSupplier) {
            repository.addSupplierRole(id, now.toLocalDate());
        } else {
            repository.addDebtorRole(id);
        }
        created++;
        known.put(uscc, new KnownParty(id, asSupplier || party != null && party.supplier(),
                !asSupplier || party != null && party.debtor()));
        return id;
    }
}
