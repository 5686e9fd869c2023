package esxnet.testing;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.quicktheories.api.AsString;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.Reporter;

/**
 * Runs a property on QuickTheories: a number of generated cases, shrinking of a failing case, and a failure
 * that names the smallest failing case and the run's seed. Replay that exact run with {@code -DQT_SEED=N}
 * (read by QuickTheories; Maven passes {@code -D} properties on to the test JVM), e.g.
 * {@code mvn -B test -pl compiler -Dtest='EmitReadRoundTripTest#emittedFilesReadBackAsTheSameHost' -DQT_SEED=N}.
 * Without it every run draws a fresh seed, so each build explores new cases. A passing property prints nothing.
 */
public final class Property {
    private Property() {}

    /** A property body; anything it throws (an assertion, an I/O error) falsifies the case. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T value) throws Exception;
    }

    @FunctionalInterface
    public interface Check2<A, B> {
        void accept(A a, B b) throws Exception;
    }

    /**
     * {@code cases} distinct cases of {@code gen}; a failing case is shrunk for at most {@code shrinkCycles}
     * candidates, each of which runs the body once: QuickTheories' default (100 000) would keep a failing build
     * running for hours, so each property gets a budget its body's cost allows.
     */
    public static <T> void forAll(int cases, int shrinkCycles, Gen<T> gen, Check<T> body) {
        Cases counted = new Cases(cases);
        // QuickTheories skips a value it has already run (its first boundary values often coincide) yet counts the
        // skip as an example; with twice the examples, and every one past `cases` passing untried, exactly `cases`
        // distinct values run.
        qt().withExamples(2 * cases).withShrinkCycles(shrinkCycles).withReporter(new Failure())
                .forAll(gen).checkAssert(v -> counted.run(body, v));
        if (counted.ran < cases) {
            throw new AssertionError("the generator made only " + counted.ran + " distinct cases of the " + cases + " wanted");
        }
    }

    /** {@link #forAll(int, int, Gen, Check)} with a shrink budget of 20 candidates per case, for cheap bodies. */
    public static <T> void forAll(int cases, Gen<T> gen, Check<T> body) {
        forAll(cases, cases * 20, gen, body);
    }

    /** Two independent generators; a failing pair is shrunk together. */
    public static <A, B> void forAll(int cases, int shrinkCycles, Gen<A> as, Gen<B> bs, Check2<A, B> body) {
        forAll(cases, shrinkCycles, as.zip(bs, Pair::of), p -> body.accept(p._1, p._2));
    }

    public static <A, B> void forAll(int cases, Gen<A> as, Gen<B> bs, Check2<A, B> body) {
        forAll(cases, cases * 20, as, bs, body);
    }

    /** Counts the cases run until the first failure; after it, every call is a shrink candidate and runs. */
    private static final class Cases {
        private final int wanted;
        private int ran;
        private boolean failed;

        Cases(int wanted) {
            this.wanted = wanted;
        }

        <T> void run(Check<T> body, T value) {
            if (!failed && ran == wanted) return;
            if (!failed) ran++;
            try {
                body.accept(value);
            } catch (RuntimeException | Error e) {
                failed = true;
                throw e;
            } catch (Exception e) {
                failed = true;
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * Reports only the smallest failing case (QuickTheories' own report adds up to ten more, which for whole hosts
     * buries the one that matters), the seed to replay with, and the case's own failure as the cause.
     */
    private static final class Failure implements Reporter {
        @Override
        public void falisification(long seed, int count, Object smallest, Throwable cause, List<Object> examples,
                                   AsString<Object> toString) {
            throw new AssertionError(message(seed, count, smallest, examples, toString) + "\nbecause: " + cause, cause);
        }

        @Override
        public void falisification(long seed, int count, Object smallest, List<Object> examples, AsString<Object> toString) {
            throw new AssertionError(message(seed, count, smallest, examples, toString));
        }

        @Override
        public void valuesExhausted(int completed) {
            throw new AssertionError("the generator's assumptions rejected too many values; gave up after " + completed + " cases");
        }

        private static String message(long seed, int count, Object smallest, List<Object> examples, AsString<Object> toString) {
            return String.format("property falsified after %d case(s), shrunk through %d failing ones; replay with -DQT_SEED=%d%n"
                    + "smallest failing case:%n%s", count, examples.size(), seed, toString.asString(smallest));
        }
    }
}
