package esxnet.roundtrip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import esxnet.artefacts.Artefacts;
import esxnet.format.Artefact;
import esxnet.format.LiveLine;
import esxnet.format.SourceText;
import esxnet.format.devnames.DevnamesFormat;
import esxnet.format.devnames.DevnamesParsing;
import esxnet.format.vmdict.VmDictParsing;
import esxnet.golden.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Parsing loses nothing: every golden file (and every file of the hand-written live roots), split into lines by
 * its format, concatenates to its exact bytes; the dictionary and devnames parsers also print their
 * token streams back byte for byte. apply relies on this to leave unmanaged bytes alone.
 */
class LosslessGoldenTest {

    /** (display name, root-relative path, file) for every file under the host trees. */
    record Sample(String name, String rel, Path file) {}

    static List<Sample> samples() throws IOException {
        List<Sample> out = new ArrayList<>();
        for (Path tree : GoldenImportRoundTripTest.hostTrees()) add(tree, Repo.root().resolve("golden"), out);
        for (Path live : liveRoots()) add(live, live.getParent(), out);
        return out;
    }

    /** The hand-written live roots under src/test/resources/roots/ (messy-esx, esx07, ...). */
    static List<Path> liveRoots() throws IOException {
        try (Stream<Path> s = Files.list(Repo.root().resolve("compiler/src/test/resources/roots"))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static void add(Path tree, Path shownFrom, List<Sample> out) throws IOException {
        try (Stream<Path> s = Files.walk(tree)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                out.add(new Sample(shownFrom.relativize(p).toString(), tree.relativize(p).toString().replace('\\', '/'), p));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFilesLinesConcatenateToItsBytes() throws IOException {
        return samples().stream().map(s -> dynamicTest(s.name(), () -> {
            byte[] bytes = Files.readAllBytes(s.file());
            SourceText text = new SourceText(s.name(), new String(bytes, SourceText.CHARSET));
            Artefact format = Artefacts.forPath(s.rel());
            assertNotNull(format, "some live format reads " + s.rel());
            List<LiveLine> lines = format.lines(text, s.rel());
            String joined = lines.stream().map(LiveLine::text).collect(Collectors.joining());
            assertArrayEquals(bytes, joined.getBytes(SourceText.CHARSET));
            assertEquals(List.of(), lines.stream().filter(l -> l.text().isEmpty()).toList(), "no empty lines made up");
        }));
    }

    @TestFactory
    Stream<DynamicTest> dictionaryAndDevnamesParsersPrintTheirInputBack() throws IOException {
        return samples().stream().filter(s -> s.rel().startsWith("etc/vmware/")).map(s -> dynamicTest(s.name(), () -> {
            byte[] bytes = Files.readAllBytes(s.file());
            SourceText text = new SourceText(s.name(), new String(bytes, SourceText.CHARSET));
            String printed = s.rel().equals(DevnamesFormat.PATH)
                    ? DevnamesParsing.print(DevnamesParsing.parse(text))
                    : VmDictParsing.print(VmDictParsing.parse(text));
            assertArrayEquals(bytes, printed.getBytes(SourceText.CHARSET));
        }));
    }
}
