package esxnet.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Build-time only: writes the bash completion script (zsh uses it through bashcompinit) and the AsciiDoc
 * man pages of the whole command tree. Main registers subcommands lazily, so picocli's own entry points,
 * given the class, would see none. The man-page generator (picocli-codegen) is on the classpath only in
 * the build step that runs this, hence the reflective call.
 */
public final class ShellFiles {
    private ShellFiles() {}

    /** @param args the completion script's path, the man-page directory */
    public static void main(String[] args) throws Exception {
        CommandLine cl = new CommandLine(new Main());
        Subcommands.registerAll(cl);
        Path completion = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(completion.getParent());
        Files.writeString(completion, AutoComplete.bash("esxnet", cl), StandardCharsets.UTF_8);
        File man = new File(args[1]);
        Files.createDirectories(man.toPath());
        Object status = Class.forName("picocli.codegen.docgen.manpage.ManPageGenerator")
                .getMethod("generateManPage", File.class, File.class, boolean[].class, boolean.class, CommandSpec[].class)
                .invoke(null, man, null, new boolean[0], true, new CommandSpec[] {cl.getCommandSpec()});
        if (!Integer.valueOf(0).equals(status)) throw new IllegalStateException("man pages not generated (status " + status + ")");
    }
}
