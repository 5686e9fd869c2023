package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.api.Esxnet;
import esxnet.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user's build does with the installed library: validate, compile, check; findings located, nothing printed. */
class EsxnetApiTest {
    private static final Path FLEET = Path.of("topologies");

    @Test
    void anInvalidTopologyGivesLocatedFindingsAndNothingIsWritten() throws Exception {
        Path invalid = Path.of("invalid/bonded-adapter-shared.yaml");
        Esxnet.Validation v = Esxnet.validate(List.of(invalid));
        assertTrue(v.failed(false));
        Diagnostic d = v.findings().stream().filter(f -> f.rule().equals("ADAPTER-MULTI-BOND")).findFirst().orElseThrow();
        assertEquals(invalid.toString(), d.pos().file());
        assertEquals(12, d.pos().line());
        assertEquals(26, d.pos().column());

        Path out = Path.of("target/invalid-out");
        Esxnet.Compilation c = Esxnet.compile(List.of(invalid), out, false);
        assertFalse(c.wrote());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFleetCompilesAndIsThenUpToDate() throws Exception {
        Path out = Path.of("target/hosts");
        Esxnet.Validation v = Esxnet.validate(List.of(FLEET));
        assertEquals(List.of("esx-a", "esx-b", "esx-c"), v.hosts());
        Esxnet.Compilation c = Esxnet.compile(List.of(FLEET), out, true);
        assertTrue(c.wrote(), c.validation().findings().toString());
        assertTrue(c.written().written().contains("esx-a/etc/vmware/hwconfig"), c.written().written().toString());
        assertTrue(Files.readString(out.resolve("esx-a/etc/vmware/hwconfig")).contains("nicteam.vmnic1.team = \"bond0\""));
        Esxnet.Check k = Esxnet.check(List.of(FLEET), out, true);
        assertTrue(k.upToDate(), k.differences().toString());

        Files.writeString(out.resolve("esx-b/etc/vmware/netmap.conf"), "# edited by hand\n");
        assertEquals(1, Esxnet.check(List.of(FLEET), out, true).differences().size(), "a hand edit is found");
    }
}
