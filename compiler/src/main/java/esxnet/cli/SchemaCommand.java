package esxnet.cli;

import esxnet.load.SchemaCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the topology's JSON Schema (draft 2020-12), for editors and other tools.")
final class SchemaCommand implements Runnable {
    @Mixin
    ColorOption color;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().getOut().print(SchemaCheck.schemaText());
        spec.commandLine().getOut().flush();
    }
}
