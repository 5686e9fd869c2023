package esxnet.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/** What the property tests rely on: the case count, shrinking, and a seed that replays the failure. */
class PropertyTest {
    @Test
    void runsExactlyTheWantedNumberOfDistinctCases() {
        List<Integer> seen = new ArrayList<>();
        Property.forAll(300, Generate.range(0, 1_000_000), seen::add);
        assertEquals(300, seen.size());
        assertEquals(300, new HashSet<>(seen).size());
    }

    @Test
    void discardedCasesAreReplacedByOthers() {
        List<Integer> ran = new ArrayList<>();
        Property.forAll(100, Generate.range(0, 1_000_000), i -> {
            Property.assume(i % 10 != 0);
            ran.add(i);
        });
        assertEquals(100, ran.size());
        assertTrue(ran.stream().noneMatch(i -> i % 10 == 0));
    }

    @Test
    void aGeneratorTooSmallForTheCountFails() {
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(50, Generate.range(0, 9), i -> {}));
        assertTrue(e.getMessage().startsWith("only 10 of the 50 wanted cases ran"), e.getMessage());
    }

    private static Property.Check<Integer> failFrom1000(List<Integer> log) {
        return i -> {
            log.add(i);
            if (i >= 1000) throw new IllegalStateException("too big: " + i);
        };
    }

    @Test
    void aFailureIsShrunkAndNamesTheSeedThatReplaysIt() {
        List<Integer> run = new ArrayList<>();
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll(200, Generate.range(0, 1_000_000), failFrom1000(run)));
        assertTrue(e.getCause() instanceof IllegalStateException, () -> String.valueOf(e.getCause()));
        Matcher m = Pattern.compile("replay with -DQT_SEED=(-?\\d+)\nsmallest failing case:\n(\\d+)\n").matcher(e.getMessage());
        assertTrue(m.find(), e.getMessage());
        int firstFailing = run.stream().filter(i -> i >= 1000).findFirst().orElseThrow();
        int smallest = Integer.parseInt(m.group(2));
        assertTrue(smallest >= 1000 && smallest < firstFailing, () -> "not shrunk: " + smallest + " from " + firstFailing);

        List<Integer> replay = new ArrayList<>();
        System.setProperty("QT_SEED", m.group(1));
        try {
            assertThrows(AssertionError.class, () -> Property.forAll(200, Generate.range(0, 1_000_000), failFrom1000(replay)));
        } finally {
            System.clearProperty("QT_SEED");
        }
        assertEquals(run, replay, "the seed replays every case, shrinking included");
    }
}
