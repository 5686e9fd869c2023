package esxnet.cli;

import esxnet.diag.IoMessages;
import esxnet.remote.Fleet;
import esxnet.remote.RemoteException;
import esxnet.remote.RemoteHost;
import esxnet.remote.Snapshot;
import esxnet.remote.SnapshotStore;
import esxnet.remote.SshConnection;
import esxnet.remote.SshSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {"Copies the files esxnet reads off each host over SSH into a root-shaped snapshot, DIR/<host>/etc/..., "
                        + "that lint, import and diff read with --root or --snapshots, and that can be committed.",
                "A file is replaced only when its bytes changed; one the host no longer has is removed from the snapshot; "
                        + "nothing else in DIR changes. Hosts are fetched in parallel; one host's failure does not stop the others.",
                "Exit status: 0 every host fetched, 1 any host failed."})
final class FetchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "HOST", arity = "1..*", description = "[NAME=][USER@]ADDRESS[:PORT]; NAME defaults to the address's first label.")
    List<String> specs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the snapshots go: DIR/<host>/etc/...")
    Path out;

    @Mixin
    SshOptions ssh;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        SshSettings settings;
        List<RemoteHost> hosts;
        try {
            settings = ssh.settings();
            hosts = SshOptions.hosts(specs, settings);
        } catch (IllegalArgumentException e) {
            err.println("esxnet: " + e.getMessage());
            return Main.FAILED;
        }
        List<Fleet.Outcome<SnapshotStore.Written>> results = Fleet.run(hosts, settings.jobs(), h -> {
            Snapshot s;
            try (SshConnection c = SshConnection.open(h, settings)) {
                s = Snapshot.read(c);
            }
            try {
                return SnapshotStore.write(s, out);
            } catch (IOException e) {
                throw new RemoteException(h.name() + ": cannot write the snapshot under " + out + ": " + IoMessages.describe(e), e);
            }
        });
        int failed = 0;
        for (Fleet.Outcome<SnapshotStore.Written> r : results) {
            if (!r.ok()) {
                failed++;
                err.println("esxnet: " + r.failure());
                continue;
            }
            SnapshotStore.Written w = r.value();
            o.println(r.host().name() + ": fetched into " + out.resolve(r.host().name())
                    + (w.changed().isEmpty() && w.removed().isEmpty() ? " (unchanged)"
                    : " (" + w.changed().size() + " changed, " + w.removed().size() + " removed)"));
            for (String c : w.changed()) o.println("  wrote   " + c);
            for (String c : w.removed()) o.println("  removed " + c);
        }
        return failed == 0 ? Main.OK : Main.FAILED;
    }
}
