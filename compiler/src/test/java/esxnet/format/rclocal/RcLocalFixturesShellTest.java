package esxnet.format.rclocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import esxnet.format.SourceText;
import esxnet.golden.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The safety net over every rc.local the tests hold (live fixtures, live roots, golden trees): the real
 * shell accepts each well-formed one, and every edit esxnet makes of it towards any of a few wanted
 * blocks is refused or accepted by the shell too.
 */
class RcLocalFixturesShellTest {
    private static final Predicate<String> SHARED = eth -> !eth.equals("eth0");
    private static final List<String> WANTED = List.of("",
            "#!/bin/sh\n# BEGIN esxnet vmxnet_console\ninsmod vmxnet_console devName=\"vmnic1;vmnet_0\" tagName=vmxcon\n"
                    + "# grep vmxcon /var/log/messages lists the eth devices created\nifup eth1\nifup eth2\n# END esxnet vmxnet_console\n",
            "#!/bin/sh\n# BEGIN esxnet vmxnet_console\ninsmod vmxnet_console devName=\"bond0\"\n"
                    + "ifconfig eth1 10.0.0.5 netmask 255.255.255.0 up\n# END esxnet vmxnet_console\n");

    static Stream<Path> fixtures() throws IOException {
        Path test = Repo.root().resolve("compiler/src/test/resources");
        try (Stream<Path> all = Stream.concat(Files.walk(test), Files.walk(Repo.root().resolve("golden")))) {
            List<Path> found = all.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".local") || p.endsWith(Path.of("etc/rc.d/rc.local"))).sorted().toList();
            assertTrue(found.size() >= 15, "rc.local fixtures found: " + found);
            return found.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void theShellAcceptsEveryWellFormedFixtureAndEveryEditOfIt(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        String problem = ShellSyntax.problem(text);
        boolean ours = RcLocalParsing.parse(SourceText.of(file.toString(), text)).errors().isEmpty();
        if (file.getFileName().toString().equals("problems.local")) {
            assertNotNull(problem, "the broken fixture is broken for the shell too");
            return;
        }
        assertEquals(null, problem, file + " is a well-formed script");
        assertTrue(ours, file + " parses with esxnet's grammar too");
        for (String wanted : WANTED) {
            RcLocalEdit.Outcome o = RcLocalEdit.edit(SourceText.of(file.toString(), text), wanted, SHARED);
            if (o.refused()) {
                assertEquals(text, o.text());
                continue;
            }
            assertEquals(null, ShellSyntax.problem(o.text()), () -> file + " edited towards\n" + wanted + "gives\n" + o.text());
            assertEquals(RcLocalEdit.meaning(SourceText.of("w", wanted), SHARED), RcLocalEdit.meaning(SourceText.of("a", o.text()), SHARED));
        }
    }
}
