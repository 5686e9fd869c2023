package esxnet.load;

import java.util.Collection;
import java.util.Locale;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" suggestions: the closest candidate, if it is close enough to be a typo. */
final class Spelling {
    private Spelling() {}

    static String closest(String word, Collection<String> candidates) {
        int limit = Math.max(1, Math.min(3, word.length() / 3));
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance.apply(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d >= 0 && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }
}
