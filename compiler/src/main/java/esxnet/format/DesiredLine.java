package esxnet.format;

/** A managed line esxnet wants in a file: its key, its meaning, and the text to write when it must. */
public record DesiredLine(String key, String value, String text) {}
