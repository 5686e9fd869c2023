package esxnet.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteHostTest {
    private static final SshSettings DEFAULTS = new SshSettings("admin", 22, List.of(), false, null, Path.of("known_hosts"), false, false,
            Duration.ofSeconds(5), Duration.ofSeconds(5), "/", 4);

    @Test
    void theNameIsTheAddressesFirstLabelUnlessGiven() {
        assertEquals(new RemoteHost("esx01", "admin", "esx01.lab.example", 22), RemoteHost.parse("esx01.lab.example", DEFAULTS));
        assertEquals(new RemoteHost("esx01", "root", "esx01", 2222), RemoteHost.parse("root@esx01:2222", DEFAULTS));
        assertEquals(new RemoteHost("esx-b", "root", "10.0.0.12", 22), RemoteHost.parse("esx-b=root@10.0.0.12", DEFAULTS));
        assertEquals(new RemoteHost("esx-c", "admin", "fe80::1", 2200), RemoteHost.parse("esx-c=[fe80::1]:2200", DEFAULTS));
        assertEquals("root@10.0.0.12", RemoteHost.parse("esx-b=root@10.0.0.12", DEFAULTS).target());
        assertEquals("admin@[fe80::1]:2200", RemoteHost.parse("esx-c=[fe80::1]:2200", DEFAULTS).target());
    }

    @Test
    void anIpAddressNeedsAName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RemoteHost.parse("root@10.0.0.12", DEFAULTS));
        assertEquals("'root@10.0.0.12' gives an IP address: name the host, as NAME=root@10.0.0.12", e.getMessage());
    }

    @Test
    void badSpecsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RemoteHost.parse("Esx01", DEFAULTS)).getMessage()
                .contains("'Esx01' is not a valid host name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RemoteHost.parse("esx01:99999", DEFAULTS)).getMessage()
                .contains("port 99999"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RemoteHost.parse("a@b@c", DEFAULTS)).getMessage()
                .contains("is not [NAME=][USER@]ADDRESS[:PORT]"));
    }

    @Test
    void theRemoteRootNamesEachHostsDirectory() {
        SshSettings s = new SshSettings("u", 22, List.of(), false, null, Path.of("k"), false, false, Duration.ofSeconds(1), Duration.ofSeconds(1),
                "/srv/hosts/{host}/", 1);
        assertEquals("/srv/hosts/esx01", s.rootOf("esx01"));
        assertEquals("", DEFAULTS.rootOf("esx01"));
        assertThrows(IllegalArgumentException.class, () -> new SshSettings("u", 22, List.of(), false, null, Path.of("k"), false, false,
                Duration.ofSeconds(1), Duration.ofSeconds(1), "relative", 1));
    }
}
