package esxnet.cli;

import esxnet.model.Names;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --root DIR and --host NAME, shared by the commands that read a live host. */
final class RootOptions {
    @Option(names = "--root", paramLabel = "DIR",
            description = "A directory shaped like the host's root: etc/vmware/hwconfig, etc/rc.d/rc.local, ... (copied off the host or mounted).")
    Path root;

    @Option(names = "--host", paramLabel = "NAME", description = "The host's name (default: the name of DIR).")
    String host;

    /** The host name to use, or null when neither --host nor DIR's name is a valid host name. */
    String hostName() {
        if (host != null) return Names.matches(Names.HOST, host) ? host : null;
        Path name = root.toAbsolutePath().normalize().getFileName();
        String n = name == null ? "" : name.toString();
        return Names.matches(Names.HOST, n) ? n : null;
    }

    String hostProblem() {
        return host != null
                ? "--host '" + host + "' is not a valid host name (lower-case letters, digits and '-')"
                : "cannot take the host name from '" + root + "': pass --host NAME";
    }

    /** Reads the live host, or says why the host name is unusable and returns null. */
    esxnet.live.LiveHost read(java.io.PrintWriter err) {
        String host = hostName();
        if (host == null) {
            err.println("esxnet: " + hostProblem());
            return null;
        }
        return new esxnet.live.RootReader().read(root, host);
    }
}
