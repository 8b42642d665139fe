package org.talentbench.core.committee;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * The canonical text of a round's committee outcome — result lines, quota overrides, objections and their outcomes,
 * sorted so that storage order does not matter, numbers with fixed decimals — and its SHA-256 fingerprint. The text is
 * stored with the lock; verifying rebuilds it from the stored data and compares fingerprints. Stateless.
 */
public final class OutcomeFingerprint {
    private OutcomeFingerprint() {
    }

    public static String canonical(long roundId, List<OutcomeLine> lines, List<QuotaOverride> overrides,
                                   List<Objection> objections) {
        StringBuilder sb = new StringBuilder("talentbench-committee-outcome/1\nround=").append(roundId).append('\n');
        List<OutcomeLine> ls = new ArrayList<>(lines);
        ls.sort(Comparator.comparingLong(l -> l.person().value()));
        for (OutcomeLine l : ls) {
            sb.append("P|").append(l.person().value()).append('|').append(l.employeeNo()).append('|')
                    .append(l.cohort()).append('|').append(l.rank() == null ? "-" : l.rank()).append('|')
                    .append(num(l.total())).append('|').append(num(l.peerReview())).append('|')
                    .append(l.grade().name()).append('\n');
        }
        List<QuotaOverride> os = new ArrayList<>(overrides);
        os.sort(Comparator.comparingLong(QuotaOverride::panelId).thenComparing(QuotaOverride::grade));
        for (QuotaOverride o : os) {
            sb.append("Q|").append(o.panelId()).append('|').append(o.grade().name()).append('|')
                    .append(escape(o.reason())).append('\n');
        }
        List<Objection> obs = new ArrayList<>(objections);
        obs.sort(Comparator.comparingLong(Objection::id));
        for (Objection o : obs) {
            sb.append("O|").append(o.id()).append('|').append(o.person().value()).append('|').append(o.received())
                    .append('|').append(o.outcome().name()).append('|').append(escape(o.handling())).append('\n');
        }
        return sb.toString();
    }

    public static String sha256(String canonical) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String num(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.6f", d);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n").replace("\r", "\\r");
    }
}
