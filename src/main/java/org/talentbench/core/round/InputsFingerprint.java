package org.talentbench.core.round;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.talentbench.core.researcher.RepresentativeWork;
import org.talentbench.core.researcher.ResearcherId;
import org.talentbench.core.scheme.Scheme;
import org.talentbench.core.scoring.EvaluationInput;
import org.talentbench.core.scoring.EvaluationOptions;

/**
 * A SHA-256 fingerprint of everything an evaluation reads: researchers and outputs by id and stored version (an edit
 * bumps the version), representative works, committee and expert inputs, staff decisions, schemes by id and version,
 * reference date, cycle rules and options. Equal inputs in any order give the same fingerprint; a snapshot stores it
 * so that one can tell later whether the data have changed since. Stateless.
 */
public final class InputsFingerprint {
    private InputsFingerprint() {
    }

    public static String of(EvaluationInput in, EvaluationOptions options) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        line(md, "ref=" + in.referenceDate());
        in.researchers().stream().sorted(Comparator.comparingLong(r -> r.id().value()))
                .forEach(r -> line(md, "R" + r.id().value() + ":" + r.version()));
        in.outputs().stream().sorted(Comparator.comparingLong(o -> o.id().value()))
                .forEach(o -> line(md, "O" + o.id().value() + ":" + o.version()));
        in.representativeWorks().stream().map(RepresentativeWork::toString).sorted().forEach(w -> line(md, "W" + w));
        keyed(in.peerReview()).forEach((k, v) -> line(md, "P" + k + "=" + v));
        keyed(in.manualInputs()).forEach((k, v) -> line(md, "M" + k + "=" + new TreeMap<>(v)));
        keyed(in.staffDecisions()).forEach((k, v) -> line(md, "S" + k + "=" + v));
        in.schemes().values().stream().map(Scheme::ref).map(Object::toString).sorted()
                .forEach(s -> line(md, "scheme=" + s));
        line(md, "cycle=" + new TreeMap<>(in.cycleRules().categories()) + in.cycleRules().youngTalent()
                + in.cycleRules().breaks() + in.cycleRules().newHireCheckIn());
        line(md, "options=" + options);
        return HexFormat.of().formatHex(md.digest());
    }

    private static <V> Map<Long, V> keyed(Map<ResearcherId, V> m) {
        Map<Long, V> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k.value(), v));
        return out;
    }

    private static void line(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
    }
}
