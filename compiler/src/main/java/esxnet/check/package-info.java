/**
 * The whole check of topology files: load (YAML, schema, profiles) then validate (the semantic rules),
 * joined here so that neither depends on the other: the rules read only the model, never YAML or the
 * schema, and loading knows no rule. Every entry point (the CLI, the library, the Maven plugin, the
 * golden tests) checks topologies through this one join.
 */
package esxnet.check;
