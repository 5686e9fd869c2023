package esxnet.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import esxnet.diag.Pos;
import java.math.BigInteger;

/**
 * A node of a topology's JSON tree that knows where it was written: its value and, for a mapping's
 * value, its key. Positions live on the nodes themselves, so finding one costs a walk of the few
 * path segments, not a map of every node keyed by its JSON pointer (10,000 hosts hold a million
 * nodes). Every placed node is its own instance (never Jackson's shared {@code true} or small
 * numbers), and equals the plain node of the same value, so the schema validator sees plain JSON.
 */
interface Placed {
    /**
     * Where the node's value starts, and where its key does ({@code key} null for list items and the document).
     * Lines and columns are kept as numbers and made positions when asked: a fleet's million nodes would
     * otherwise hold two million position objects for the collector to copy, and findings ask for few.
     */
    final class Spot {
        private final String file;
        private final int line, column, keyLine, keyColumn;

        Spot(String file, int line, int column, int keyLine, int keyColumn) {
            this.file = file;
            this.line = line;
            this.column = column;
            this.keyLine = keyLine;
            this.keyColumn = keyColumn;
        }

        Pos value() {
            return new Pos(file, line, column);
        }

        /** Null when the node has no key (a list item, the document). */
        Pos key() {
            return keyLine == 0 ? null : new Pos(file, keyLine, keyColumn);
        }
    }

    Spot spot();

    static Spot spotOf(JsonNode n) {
        return n instanceof Placed p ? p.spot() : null;
    }

    // Jackson's own node classes narrow JsonNode's generic deepCopy() unchecked; extending them inherits its warning.
    @SuppressWarnings("unchecked")
    final class PlacedObject extends ObjectNode implements Placed {
        private final transient Spot spot;

        PlacedObject(Spot spot) {
            // A topology's mappings hold a few keys: a table of 8, not Jackson's default 16, for each of a fleet's 150,000.
            super(JsonNodeFactory.instance, new java.util.LinkedHashMap<>(8));
            this.spot = spot;
        }

        @Override
        public Spot spot() {
            return spot;
        }
    }

    // Jackson's own node classes narrow JsonNode's generic deepCopy() unchecked; extending them inherits its warning.
    @SuppressWarnings("unchecked")
    final class PlacedArray extends ArrayNode implements Placed {
        private final transient Spot spot;

        PlacedArray(Spot spot) {
            super(JsonNodeFactory.instance);
            this.spot = spot;
        }

        @Override
        public Spot spot() {
            return spot;
        }
    }

    final class PlacedText extends TextNode implements Placed {
        private final transient Spot spot;

        PlacedText(String v, Spot spot) {
            super(v);
            this.spot = spot;
        }

        @Override
        public Spot spot() {
            return spot;
        }
    }

    final class PlacedInt extends IntNode implements Placed {
        private final transient Spot spot;

        PlacedInt(int v, Spot spot) {
            super(v);
            this.spot = spot;
        }

        @Override
        public Spot spot() {
            return spot;
        }
    }

    final class PlacedLong extends LongNode implements Placed {
        private final transient Spot spot;

        PlacedLong(long v, Spot spot) {
            super(v);
            this.spot = spot;
        }

        @Override
        public Spot spot() {
            return spot;
        }
    }

    final class PlacedBigInteger extends BigIntegerNode implements Placed {
        private final transient Spot spot;

        PlacedBigInteger(BigInteger v, Spot spot) {
            super(v);
            this.spot = spot;
        }

        @Override
        public Spot spot() {
            return spot;
        }
    }

    final class PlacedDouble extends DoubleNode implements Placed {
        private final transient Spot spot;

        PlacedDouble(double v, Spot spot) {
            super(v);
            this.spot = spot;
        }

        @Override
        public Spot spot() {
            return spot;
        }
    }

    final class PlacedBoolean extends BooleanNode implements Placed {
        private final transient Spot spot;

        PlacedBoolean(boolean v, Spot spot) {
            super(v);
            this.spot = spot;
        }

        @Override
        public Spot spot() {
            return spot;
        }
    }

    final class PlacedNull extends NullNode implements Placed {
        private final transient Spot spot;

        PlacedNull(Spot spot) {
            this.spot = spot;
        }

        @Override
        public Spot spot() {
            return spot;
        }
    }
}
