package esxnet.files;

import java.util.regex.Pattern;

/**
 * How esxnet names its temp files: {@code .hwconfig.esxnet-123456.tmp}, beside the file they will
 * replace. The dot hides them from the network scripts and from people; the marker lets a later run
 * recognise what a killed run left behind and remove it, and never anything else.
 */
public final class TempNames {
    private TempNames() {}

    public static final String SUFFIX = ".tmp";
    private static final Pattern OURS = Pattern.compile("\\..+\\.esxnet-[0-9]+\\.tmp");

    public static String prefix(String targetName) {
        return "." + targetName + ".esxnet-";
    }

    /** Whether a file name is one of esxnet's temp files. */
    public static boolean isTemp(String fileName) {
        return OURS.matcher(fileName).matches();
    }
}
