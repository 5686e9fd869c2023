package esxnet.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Matches the entries of two lists whose order carries no meaning (netmap.conf's networks, a switch's
 * port groups) by identity rather than by position: first by the first key, then what is left by the
 * next key, and so on; each pass takes, for each entry of {@code want} in order, the first unmatched
 * entry of {@code have} with an equal, non-null key. Deterministic for equal inputs.
 */
public final class Pairing {
    private Pairing() {}

    /** For each index of {@code want}, the index of its partner in {@code have}, or -1. */
    @SafeVarargs
    public static <T> int[] pair(List<T> want, List<T> have, Function<T, ?>... keys) {
        int[] match = new int[want.size()];
        Arrays.fill(match, -1);
        boolean[] taken = new boolean[have.size()];
        for (Function<T, ?> key : keys) {
            for (int i = 0; i < want.size(); i++) {
                if (match[i] >= 0) continue;
                Object k = key.apply(want.get(i));
                if (k == null) continue;
                for (int j = 0; j < have.size(); j++) {
                    if (!taken[j] && Objects.equals(k, key.apply(have.get(j)))) {
                        match[i] = j;
                        taken[j] = true;
                        break;
                    }
                }
            }
        }
        return match;
    }

    /** The indices of {@code have} that no entry of {@code want} took, in order. */
    public static int[] unmatched(int[] match, int haveSize) {
        boolean[] taken = new boolean[haveSize];
        for (int j : match) if (j >= 0) taken[j] = true;
        return java.util.stream.IntStream.range(0, haveSize).filter(j -> !taken[j]).toArray();
    }
}
