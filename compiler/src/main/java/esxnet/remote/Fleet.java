package esxnet.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs one job per host on a bounded pool. A host's failure is its own result: the others go on.
 * Results come back in the order the hosts were given, whatever order they finished in.
 */
public final class Fleet {
    private Fleet() {}

    /** A job on one host. */
    @FunctionalInterface
    public interface Job<T> {
        T run(RemoteHost host) throws Exception;
    }

    /** What one host's job gave: a value, or the failure's message. */
    public record Outcome<T>(RemoteHost host, T value, String failure) {
        public boolean ok() {
            return failure == null;
        }
    }

    public static <T> List<Outcome<T>> run(List<RemoteHost> hosts, int jobs, Job<T> job) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(jobs, hosts.size())), r -> {
            Thread t = new Thread(r, "esxnet-host");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (RemoteHost h : hosts) futures.add(pool.submit(() -> job.run(h)));
            List<Outcome<T>> out = new ArrayList<>();
            for (int i = 0; i < hosts.size(); i++) {
                RemoteHost h = hosts.get(i);
                try {
                    out.add(new Outcome<>(h, futures.get(i).get(), null));
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = cause instanceof RemoteException ? cause.getMessage() : h.name() + ": " + cause;
                    out.add(new Outcome<>(h, null, message));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    out.add(new Outcome<>(h, null, h.name() + ": interrupted"));
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
