package esxnet.apply;

import esxnet.lines.DesiredLine;
import esxnet.lines.LiveLine;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BlockMergeTest {
    private static final List<DesiredLine> BLOCK = List.of(
            new DesiredLine("begin", "B", "# BEGIN"),
            new DesiredLine("insmod", "vmnic1", "insmod x devName=\"vmnic1\""),
            new DesiredLine("up eth1", "ifup eth1", "ifup eth1"),
            new DesiredLine("end", "E", "# END"));

    private static LiveLine m(String text, String key, String value) {
        return new LiveLine(text, key, value);
    }

    private static LiveLine u(String text) {
        return LiveLine.unmanaged(text);
    }

    @Test
    void aBlockThatAlreadySaysWhatIsWantedIsKeptByteForByte() {
        List<LiveLine> live = List.of(u("#!/bin/sh\n"), m("#BEGIN\n", "begin", "B"), m("insmod x devName=vmnic1\n", "insmod", "vmnic1"),
                u("echo between\n"), m("ifup  eth1\n", "up eth1", "ifup eth1"), m("#  END", "end", "E"));
        assertEquals("#!/bin/sh\n#BEGIN\ninsmod x devName=vmnic1\necho between\nifup  eth1\n#  END", BlockMerge.merge(live, BLOCK));
    }

    @Test
    void handWrittenLinesAreTakenOverWhereTheFirstOneStood() {
        List<LiveLine> live = List.of(u("#!/bin/sh\n"), u("touch /var/lock/subsys/local\n"),
                m("insmod x devName=vmnic0\n", "insmod", "vmnic0"), u("echo between\n"), m("ifup eth1\n", "up eth1", "ifup eth1"),
                u("date > /tmp/booted\n"));
        assertEquals("#!/bin/sh\ntouch /var/lock/subsys/local\n# BEGIN\ninsmod x devName=\"vmnic1\"\nifup eth1\n# END\n"
                + "echo between\ndate > /tmp/booted\n", BlockMerge.merge(live, BLOCK));
    }

    @Test
    void theRightLinesInTheWrongOrderAreRewritten() {
        List<LiveLine> live = List.of(m("ifup eth1\n", "up eth1", "ifup eth1"), m("# BEGIN\n", "begin", "B"),
                m("insmod x devName=\"vmnic1\"\n", "insmod", "vmnic1"), m("# END\n", "end", "E"));
        assertEquals("# BEGIN\ninsmod x devName=\"vmnic1\"\nifup eth1\n# END\n", BlockMerge.merge(live, BLOCK));
    }

    @Test
    void withoutManagedLinesTheBlockGoesBeforeAFinalExit() {
        List<LiveLine> live = List.of(u("#!/bin/sh\n"), u("touch x\n"), u("exit 0\n"), u("# the end\n"), u("\n"));
        assertEquals("#!/bin/sh\ntouch x\n# BEGIN\ninsmod x devName=\"vmnic1\"\nifup eth1\n# END\nexit 0\n# the end\n\n",
                BlockMerge.merge(live, BLOCK));
    }

    @Test
    void withoutManagedLinesOrExitTheBlockIsAppendedWithTheFilesLineEnding() {
        List<LiveLine> live = List.of(u("#!/bin/sh\r\n"), u("touch x"));
        assertEquals("#!/bin/sh\r\ntouch x\r\n# BEGIN\r\ninsmod x devName=\"vmnic1\"\r\nifup eth1\r\n# END\r\n",
                BlockMerge.merge(live, BLOCK));
    }

    @Test
    void nothingWantedRemovesOnlyTheManagedLines() {
        List<LiveLine> live = List.of(u("#!/bin/sh\n"), m("# BEGIN\n", "begin", "B"), m("insmod x\n", "insmod", "vmnic1"),
                m("# END\n", "end", "E"), u("touch x\n"));
        assertEquals("#!/bin/sh\ntouch x\n", BlockMerge.merge(live, List.of()));
    }

    @Test
    void mergingTheResultAgainChangesNothing() {
        List<LiveLine> live = List.of(u("a\n"), m("insmod x devName=vmnic0\n", "insmod", "vmnic0"), u("b\n"));
        String once = BlockMerge.merge(live, BLOCK);
        List<LiveLine> reread = List.of(u("a\n"), m("# BEGIN\n", "begin", "B"), m("insmod x devName=\"vmnic1\"\n", "insmod", "vmnic1"),
                m("ifup eth1\n", "up eth1", "ifup eth1"), m("# END\n", "end", "E"), u("b\n"));
        assertEquals(once, String.join("", reread.stream().map(LiveLine::text).toList()));
        assertEquals(once, BlockMerge.merge(reread, BLOCK));
    }
}
