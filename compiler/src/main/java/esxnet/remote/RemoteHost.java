package esxnet.remote;

import esxnet.model.Names;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One host to reach: its name (the topology's and the snapshot directory's), login, address and port.
 * Written {@code [NAME=][USER@]ADDRESS[:PORT]}; without NAME, the address's first label is the name
 * ({@code root@esx01.lab:2222} is host esx01).
 */
public record RemoteHost(String name, String user, String address, int port) {
    private static final Pattern SPEC = Pattern.compile("(?:([^=@]+)=)?(?:([^@=]+)@)?(\\[[0-9A-Fa-f:.]+\\]|[^@=:\\[\\]]+)(?::([0-9]{1,5}))?");

    public RemoteHost {
        if (!Names.matches(Names.HOST, name)) {
            throw new IllegalArgumentException("'" + name + "' is not a valid host name (lower-case letters, digits and '-')");
        }
    }

    /** Parses a spec; user and port default from the settings. */
    public static RemoteHost parse(String spec, SshSettings defaults) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches()) throw new IllegalArgumentException("'" + spec + "' is not [NAME=][USER@]ADDRESS[:PORT]");
        String address = m.group(3);
        if (address.startsWith("[")) address = address.substring(1, address.length() - 1);
        boolean literal = address.contains(":") || address.matches("[0-9.]+");
        if (m.group(1) == null && literal) {
            throw new IllegalArgumentException("'" + spec + "' gives an IP address: name the host, as NAME=" + spec);
        }
        String name = m.group(1) != null ? m.group(1) : address.split("\\.", 2)[0];
        int port = defaults.port();
        if (m.group(4) != null) {
            port = Integer.parseInt(m.group(4));
            if (port < 1 || port > 65535) throw new IllegalArgumentException("port " + port + " in '" + spec + "' is not 1-65535");
        }
        return new RemoteHost(name, m.group(2) != null ? m.group(2) : defaults.user(), address, port);
    }

    /** The host itself when no address is given: its name is what DNS or the resolver knows it by. */
    public static RemoteHost named(String name, SshSettings defaults) {
        return new RemoteHost(name, defaults.user(), name, defaults.port());
    }

    /** user@address:port as shown in messages. */
    public String target() {
        String a = address.contains(":") ? "[" + address + "]" : address;
        return user + "@" + a + (port == SshSettings.DEFAULT_PORT ? "" : ":" + port);
    }
}
