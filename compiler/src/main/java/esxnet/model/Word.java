package esxnet.model;

/** An enum spelled in topology files and live files by a fixed word. */
public interface Word {
    String word();

    static <E extends Enum<E> & Word> E parse(Class<E> type, String word) {
        for (E e : type.getEnumConstants()) {
            if (e.word().equals(word)) return e;
        }
        return null;
    }
}
