package org.talentbench.service;

import java.util.ArrayList;
import java.util.List;
import org.talentbench.core.repo.StoredScheme;
import org.talentbench.core.repo.Transactions;
import org.talentbench.core.scheme.Scheme;

/** Use cases over stored evaluation schemes. Stateless; each call is one transaction. */
public final class SchemeService {
    private final Transactions tx;

    public SchemeService(Transactions tx) {
        this.tx = tx;
    }

    /** The active scheme of every category, in category order; stores the defaults on first use. */
    public List<Scheme> active() {
        return tx.inTransaction(repos -> {
            List<Scheme> out = new ArrayList<>();
            for (StoredScheme s : InstituteLoader.activeSchemes(repos).values()) {
                out.add(s.scheme());
            }
            return out;
        });
    }
}
