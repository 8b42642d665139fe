package org.talentbench.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.talentbench.security.DataKey;
import org.talentbench.security.KeySlots;
import org.talentbench.security.PasswordHasher;

/**
 * What one Argon2id derivation at the default cost (19 MiB, 2 passes, 1 lane) costs, as a sign-in, an account
 * creation or a password change pays it: {@link PasswordHasher#hash} (new password), {@link PasswordHasher#verify}
 * (sign-in) and {@link KeySlots#unwrap} (unlocking an encrypted database). The figure says whether the work may run
 * on the FX thread (it may not: see {@code docs/benchmarks.md}).
 *
 * <p>Run with {@code mvn -o test-compile} and then
 * {@code java -Djmh.ignoreLock=true -cp target/test-classes:target/classes:<test classpath> org.openjdk.jmh.Main PasswordHashBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PasswordHashBenchmark {

    @State(Scope.Benchmark)
    public static class Secrets {
        final PasswordHasher hasher = new PasswordHasher();
        final char[] password = "correct horse battery staple".toCharArray();
        String encoded;
        KeySlots slots;

        @Setup
        public void setUp() {
            encoded = hasher.hash(password);
            slots = KeySlots.empty().adding(KeySlots.wrap("admin", password, DataKey.generate(),
                    PasswordHasher.DEFAULT_COST));
        }
    }

    @Benchmark
    public String hash(Secrets s) {
        return s.hasher.hash(s.password);
    }

    @Benchmark
    public boolean verify(Secrets s) {
        return s.hasher.verify(s.password, s.encoded);
    }

    @Benchmark
    public Object unwrapKeySlot(Secrets s) {
        return s.slots.unwrap("admin", s.password).orElseThrow();
    }
}
