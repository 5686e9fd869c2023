package esxnet.halves;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * A list's work in two halves at once: the second half on a thread of its own, the first on the caller's. Large
 * fleets are rule-checked and emitted this way (validate.Validator, api.Esxnet), each half's result kept apart so
 * that the caller joins them in list order and the outcome is the one a single pass gives.
 */
public final class TwoHalves {
    private TwoHalves() {}

    /**
     * {@code work} applied to the first half and to the second half of {@code items}, in that order. {@code what} names
     * the work for the thread ("rules" gives {@code esxnet-rules-second-half}) and for an interruption's message ("checking
     * hosts"). A failure of either half is thrown on the caller's thread as it was thrown.
     */
    public static <T, R> List<R> apply(List<T> items, Function<List<T>, R> work, String thread, String what) {
        int half = items.size() / 2;
        FutureTask<R> later = new FutureTask<>(() -> work.apply(items.subList(half, items.size())));
        Thread second = new Thread(later, "esxnet-" + thread + "-second-half");
        second.setDaemon(true);
        second.start();
        R first = work.apply(items.subList(0, half));
        try {
            return List.of(first, later.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
