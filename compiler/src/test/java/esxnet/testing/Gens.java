package esxnet.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.quicktheories.impl.Constraint;

/** Generators shared by the property tests. */
public final class Gens {
    private Gens() {}

    /**
     * Values built by code that draws from a {@link Random}: every draw is taken from QuickTheories' source,
     * so a failing value shrinks draw by draw (fewer adapters, smaller numbers, earlier choices) while staying
     * one the builder could make.
     */
    public static <T> Gen<T> fromRandom(Function<Random, T> build) {
        return in -> build.apply(new SourceRandom(in));
    }

    /** One of the given strings, shrinking towards the first. */
    public static Gen<String> oneOf(String... values) {
        return Generate.pick(List.of(values)).describedAs(Gens::literal);
    }

    /** One character of {@code alphabet}, shrinking towards its first. */
    public static Gen<String> charOf(String alphabet) {
        return Generate.range(0, alphabet.length() - 1).map(i -> String.valueOf(alphabet.charAt(i)));
    }

    /** Any ISO-8859-1 character as a one-character string, the byte range the live files are read in. */
    public static Gen<String> latin1Char() {
        return Generate.range(0, 0xFF).map(i -> String.valueOf((char) (int) i));
    }

    /** Up to {@code maxPieces} pieces joined by {@code separator}, shown as a Java literal when a case fails. */
    public static Gen<String> joined(Gen<String> piece, int maxPieces, String separator) {
        return SourceDSL.lists().of(piece).ofSizeBetween(0, maxPieces).map(l -> String.join(separator, l)).describedAs(Gens::literal);
    }

    /** Any bytes, at most {@code maxLength} of them. */
    public static Gen<byte[]> bytes(int maxLength) {
        return Generate.byteArrays(Generate.range(0, maxLength), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
                .describedAs(Arrays::toString);
    }

    /** A string as a Java literal, control characters escaped, for failure messages. */
    public static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20 || c >= 0x7F) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** A Random whose every draw comes from (and is recorded and shrunk by) QuickTheories. */
    private static final class SourceRandom extends Random {
        private final transient RandomnessSource source;

        SourceRandom(RandomnessSource source) {
            super(0);
            this.source = source;
        }

        private long draw(long min, long max) {
            return source.next(Constraint.between(min, max));
        }

        @Override
        protected int next(int bits) {
            return (int) draw(0, (1L << bits) - 1);
        }

        @Override
        public int nextInt() {
            return (int) draw(Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public int nextInt(int bound) {
            if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
            return (int) draw(0, bound - 1);
        }

        @Override
        public long nextLong() {
            return draw(Long.MIN_VALUE, Long.MAX_VALUE);
        }

        @Override
        public boolean nextBoolean() {
            return draw(0, 1) == 1;
        }

        @Override
        public double nextDouble() {
            return draw(0, (1L << 53) - 1) * 0x1.0p-53;
        }
    }
}
