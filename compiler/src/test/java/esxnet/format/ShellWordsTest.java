package esxnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShellWordsTest {
    @Test
    void removesQuotingAsShDoes() {
        assertEquals("a;b", ShellWords.value("\"a;b\""));
        assertEquals("a;b", ShellWords.value("'a;b'"));
        assertEquals("a;b", ShellWords.value("a\\;b"));
        assertEquals("devName=x y", ShellWords.value("devName=\"x\"' 'y"));
        assertEquals("\\n$", ShellWords.value("\"\\n\\$\""));
        assertEquals("a\\b", ShellWords.value("'a\\b'"));
        assertEquals("open", ShellWords.value("\"open"));
        assertEquals("", ShellWords.value("''"));
    }

    @Test
    void remembersWhereEachCharacterWasWritten() {
        ShellWords.Unquoted u = ShellWords.unquote("devName=\"vmnic1;vmnet_0\"");
        assertEquals("devName=vmnic1;vmnet_0", u.value());
        assertEquals(9, u.rawOffset(8));   // 'v' of vmnic1, after the opening quote
        assertEquals(16, u.rawOffset(15)); // 'v' of vmnet_0
        assertEquals(24, u.rawOffset(u.value().length()));
        ShellWords.Unquoted e = ShellWords.unquote("a\\ b");
        assertEquals(2, e.rawOffset(1));
        assertEquals(3, e.rawOffset(2));
    }
}
