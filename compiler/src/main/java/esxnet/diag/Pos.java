package esxnet.diag;

/** A place in a source file: 1-based line and column. */
public record Pos(String file, int line, int column) implements Comparable<Pos> {

    public static Pos startOf(String file) {
        return new Pos(file, 1, 1);
    }

    @Override
    public int compareTo(Pos o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
